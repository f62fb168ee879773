// The HTML shell of every email: inline styles only (many clients drop
// <style>), one column, high contrast, the language set for screen readers.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../app/content/types";
import { emailStrings } from "./strings";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p style={{ margin: "24px 0" }}>
      <a
        href={href}
        style={{ background: "#26374a", color: "#ffffff", padding: "12px 20px", fontWeight: 700, textDecoration: "none", display: "inline-block" }}
      >
        {children}
      </a>
    </p>
  );
}

export function renderEmail(lang: Lang, subject: string, body: ReactNode, text: string[]): RenderedEmail {
  const html = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body style={{ margin: 0, padding: "24px", background: "#ffffff", color: "#1b1b1b", fontFamily: "Arial, Helvetica, sans-serif", fontSize: "16px", lineHeight: 1.5 }}>
        <div style={{ maxWidth: "600px", margin: "0 auto" }}>
          {body}
          <hr style={{ border: 0, borderTop: "1px solid #b1b4b6", margin: "32px 0 16px" }} />
          <p style={{ color: "#4a4a4a", fontSize: "14px" }}>{emailStrings[lang].footer}</p>
        </div>
      </body>
    </html>,
  );
  return {
    subject,
    html: `<!DOCTYPE html>${html}`,
    text: [...text, "", "—", emailStrings[lang].footer].join("\n"),
  };
}
