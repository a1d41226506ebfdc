/** Style sheets in media/ are bundled as text (esbuild's "text" loader) for the standalone pages. */
declare module "*.css" {
  const text: string;
  export default text;
}
