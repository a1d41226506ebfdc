// A stand-in for the site's Docusaurus config: the page lives in src/pages/.
module.exports = { title: "dsanchezcr", url: "https://dsanchezcr.com", baseUrl: "/" };
