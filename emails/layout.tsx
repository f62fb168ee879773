// The HTML shell shared by every email, and the pieces templates are built
// from. Inline styles only: many email clients drop <style> blocks and
// classes. Layout tables carry role="presentation" so screen readers do not
// announce them as data tables. Colours are the portal's (navy #26374a, ink
// #1b1b1b on white): every text colour is at least 7:1 on its background.
import { Fragment, type CSSProperties, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../app/i18n/lang";
import { emailStrings } from "../app/i18n/emails";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const FONT = "Arial, Helvetica, sans-serif";
const INK = "#1b1b1b";
const NAVY = "#26374a";
const LINK = "#1d4ed8";

export const styles = {
  p: { margin: "0 0 16px", fontSize: "16px", lineHeight: "24px" },
  h1: { margin: "0 0 20px", fontSize: "24px", lineHeight: "30px", color: INK },
  h2: { margin: "32px 0 12px", fontSize: "20px", lineHeight: "26px", color: INK },
  h3: { margin: "24px 0 8px", fontSize: "17px", lineHeight: "24px", color: INK },
  muted: { margin: "0 0 8px", fontSize: "14px", lineHeight: "20px", color: "#4a4a4a" },
  url: { margin: "0 0 16px", fontSize: "14px", lineHeight: "20px", wordBreak: "break-all" },
  link: { color: LINK, textDecoration: "underline" },
} satisfies Record<string, CSSProperties>;

/** A call to action: a link that looks like a button, with its address below for copying. */
export function EmailButton({ href, label, lang }: { href: string; label: string; lang: Lang }) {
  return (
    <>
      <p style={{ margin: "24px 0" }}>
        <a
          href={href}
          style={{
            background: NAVY,
            color: "#ffffff",
            padding: "12px 20px",
            fontSize: "16px",
            fontWeight: 700,
            textDecoration: "underline",
            display: "inline-block",
          }}
        >
          {label}
        </a>
      </p>
      <p style={styles.muted}>{emailStrings[lang].copyLink}</p>
      <p style={styles.url}>
        <a href={href} style={styles.link}>
          {href}
        </a>
      </p>
    </>
  );
}

/**
 * Someone's own text (an answer) as paragraphs: a blank line starts a new
 * paragraph, a single line break is kept as a line break. React escapes it.
 */
export function TextParagraphs({ text }: { text: string }) {
  return (
    <>
      {splitParagraphs(text).map((paragraph, i) => (
        <p key={i} style={styles.p}>
          {paragraph.split("\n").map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

function EmailLayout({ lang, title, children }: { lang: Lang; title: string; children: ReactNode }) {
  const s = emailStrings[lang];
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={{ margin: 0, padding: 0, background: "#f3f4f6", color: INK, fontFamily: FONT }}>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ background: "#f3f4f6" }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{ maxWidth: "600px", background: "#ffffff", borderTop: `6px solid ${NAVY}` }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: "24px", fontFamily: FONT, color: INK, textAlign: "left" }}>
                        <p style={{ ...styles.muted, fontWeight: 700, color: NAVY, margin: "0 0 16px" }}>{s.portalName}</p>
                        {children}
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: "16px 24px 24px", borderTop: "1px solid #b1b4b6", fontFamily: FONT }}>
                        <p style={{ ...styles.muted, margin: 0 }}>{s.footer}</p>
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

/**
 * Puts a template's body in the shell and its plain-text blocks together.
 * `text` is the plain-text version, one block per paragraph; it must say
 * everything the HTML says (some people read only the text part).
 */
export function renderEmail(input: { lang: Lang; subject: string; body: ReactNode; text: string[] }): RenderedEmail {
  // A subject is one line, whatever a name typed into a form contains.
  const subject = input.subject.replace(/\s+/g, " ").trim();
  const html = renderToStaticMarkup(
    <EmailLayout lang={input.lang} title={subject}>
      {input.body}
    </EmailLayout>,
  );
  const footer = emailStrings[input.lang].footer;
  return {
    subject,
    html: `<!DOCTYPE html>${html}`,
    text: `${[...input.text, `---\n${footer}`].join("\n\n")}\n`,
  };
}
