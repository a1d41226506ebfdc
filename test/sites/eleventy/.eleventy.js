// Eleventy config: Markdown pages use Nunjucks; global data in _data/, partials in _includes/.
module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("assets");
  return { markdownTemplateEngine: "njk", dir: { input: ".", includes: "_includes", data: "_data" } };
};
