// The bare baseline: a node:http server answering every request with the same
// bytes (the published report page, captured once from the portal), so the
// portal's figures can be read as a share of what Node itself can serve.
// Usage: node bare-server.js <port> <body file> [content type]
import fs from "node:fs";
import http from "node:http";

const [port, file, contentType = "text/html; charset=utf-8"] = process.argv.slice(2);
const body = fs.readFileSync(file!);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
  response.end(body);
});
server.listen(Number(port), "127.0.0.1", () => console.log(`bare server listening on ${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
