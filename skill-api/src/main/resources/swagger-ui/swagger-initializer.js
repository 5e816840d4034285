// Swagger UI over the API's own generated document (served from this jar; no CDN).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../swagger/skill-api-v1.yml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout"
  });
};
