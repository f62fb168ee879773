// Staff write summaries, the introduction and the acknowledgements in
// Markdown. The PDF and DOCX cannot show HTML, so this turns the text into a
// few plain blocks (paragraphs and lists of runs, bold or italic) that both
// writers draw. It reads markdown-it's token stream rather than using
// regexes, so nesting and escapes are handled the way the web page handles
// them; `html: false` means any HTML in the text stays literal text, never
// markup.
import MarkdownIt from "markdown-it";

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type Block = { kind: "paragraph"; runs: Run[] } | { kind: "list"; ordered: boolean; items: { depth: number; runs: Run[] }[] };

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Links are written out as "text (url)": a printed page cannot be clicked. */
function inlineRuns(children: Token[], link: (text: string, url: string) => string): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let linkStart: { href: string; index: number } | null = null;
  const push = (text: string) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.bold === bold > 0 && last.italic === italic > 0) last.text += text;
    else runs.push({ text, bold: bold > 0, italic: italic > 0 });
  };
  for (const token of children) {
    switch (token.type) {
      case "text":
      case "code_inline":
        push(token.content);
        break;
      case "softbreak":
        push(" ");
        break;
      case "hardbreak":
        push("\n");
        break;
      case "strong_open":
        bold += 1;
        break;
      case "strong_close":
        bold -= 1;
        break;
      case "em_open":
        italic += 1;
        break;
      case "em_close":
        italic -= 1;
        break;
      case "link_open":
        linkStart = { href: String(token.attrGet("href") ?? ""), index: runs.map((r) => r.text).join("").length };
        break;
      case "link_close":
        if (linkStart) {
          const text = runs
            .map((r) => r.text)
            .join("")
            .slice(linkStart.index);
          const written = link(text, linkStart.href);
          // The link's text is already out; only what `link` adds after it is new.
          push(written.startsWith(text) ? written.slice(text.length) : ` (${linkStart.href})`);
          linkStart = null;
        }
        break;
      case "image":
        push(token.content);
        break;
      default:
        // Anything else (html_inline cannot occur with html: false) is shown as its source text.
        push(token.content);
    }
  }
  return runs;
}

/** Paragraphs and lists of `source`; headings, quotes and code become paragraphs. */
export function markdownBlocks(source: string, link: (text: string, url: string) => string): Block[] {
  const tokens = md.parse(source, {});
  const blocks: Block[] = [];
  const lists: Extract<Block, { kind: "list" }>[] = [];
  let inItem = 0;
  let inHeading = false;
  for (const token of tokens) {
    switch (token.type) {
      case "bullet_list_open":
      case "ordered_list_open": {
        // A nested list adds its items to the outermost list, one level deeper.
        if (lists.length === 0) {
          const list: Extract<Block, { kind: "list" }> = { kind: "list", ordered: token.type === "ordered_list_open", items: [] };
          blocks.push(list);
          lists.push(list);
        } else {
          lists.push(lists[0]!);
        }
        break;
      }
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open":
        inItem += 1;
        lists[0]?.items.push({ depth: lists.length - 1, runs: [] });
        break;
      case "list_item_close":
        inItem -= 1;
        break;
      case "heading_open":
        inHeading = true;
        break;
      case "heading_close":
        inHeading = false;
        break;
      case "inline": {
        // A heading inside a summary stays a paragraph (the document's own
        // headings give the structure), set in bold.
        const runs = inlineRuns(token.children ?? [], link).map((r) => (inHeading ? { ...r, bold: true } : r));
        if (inItem > 0 && lists[0]) {
          // Several paragraphs in one item are joined with a space.
          const depth = lists.length - 1;
          const item = [...lists[0].items].reverse().find((i) => i.depth === depth) ?? lists[0].items.at(-1)!;
          if (item.runs.length > 0 && runs.length > 0) item.runs.push({ text: " ", bold: false, italic: false });
          item.runs.push(...runs);
        } else if (runs.length > 0) {
          blocks.push({ kind: "paragraph", runs });
        }
        break;
      }
      case "code_block":
      case "fence":
        if (token.content.trim()) blocks.push({ kind: "paragraph", runs: [{ text: token.content.trimEnd(), bold: false, italic: false }] });
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** The plain text of some runs. */
export function plainText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
