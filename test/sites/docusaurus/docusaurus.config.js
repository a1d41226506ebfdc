// Docusaurus site config (trimmed): the policy lives in src/pages/privacy.mdx.
module.exports = {
  title: "Kettu Docs",
  url: "https://docs.kettu.example",
  baseUrl: "/",
  presets: [["classic", { docs: { sidebarPath: require.resolve("./sidebars.js") } }]],
};
