// A stand-in for the site's Eleventy config: input in src/.
module.exports = () => ({ dir: { input: "src" } });
