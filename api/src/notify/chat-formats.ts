import { m } from "@bulbcheck/shared/i18n";
import { type Notice, noticeText } from "./notice.ts";

/**
 * Ready-made bodies for chat rooms' incoming webhooks. Names and notes are people's text, so
 * each format escapes what its markup would read as commands.
 */

/**
 * Slack's control characters in `mrkdwn` and `text` (https://api.slack.com/reference/surfaces/formatting#escaping):
 * `<`, `>` and `&` only; the rest of user text stays as written.
 */
export function slackEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * A Slack incoming-webhook message: `text` for notifications and old clients, `blocks` for the
 * message itself (Block Kit: a header, a section with fields, a context line, a link button).
 */
export function slackMessage(notice: Notice): Record<string, unknown> {
  const t = noticeText(notice);
  const blocks: Record<string, unknown>[] = [
    // Header blocks take plain_text only: nothing in them is read as markup.
    { type: "header", text: { type: "plain_text", text: t.subject.slice(0, 150), emoji: false } },
    { type: "section", text: { type: "mrkdwn", text: slackEscape(t.headline) } },
  ];
  // A section holds at most 10 fields.
  for (let i = 0; i < t.facts.length; i += 10) {
    blocks.push({
      type: "section",
      fields: t.facts.slice(i, i + 10).map(([k, v]) => ({
        type: "mrkdwn",
        text: `*${slackEscape(k)}*\n${slackEscape(v)}`.slice(0, 2000),
      })),
    });
  }
  if (t.link)
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: m.email_open({}, { locale: t.locale }) },
          url: t.link,
        },
      ],
    });
  return { text: slackEscape(`${t.subject}: ${t.headline}`), blocks };
}

/** Adaptive Card text is Markdown: a name like `[x](http://evil)` must stay text. */
export function teamsEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}

/**
 * A Microsoft Teams incoming-webhook message: an Adaptive Card in a `message` envelope, the form
 * both Teams' Workflows webhooks and the older connector webhooks take.
 */
export function teamsMessage(notice: Notice): Record<string, unknown> {
  const t = noticeText(notice);
  const body: Record<string, unknown>[] = [
    {
      type: "TextBlock",
      text: teamsEscape(t.subject),
      weight: "Bolder",
      size: "Medium",
      wrap: true,
    },
    { type: "TextBlock", text: teamsEscape(t.headline), wrap: true },
    {
      type: "FactSet",
      facts: t.facts.map(([title, value]) => ({
        title: teamsEscape(title),
        value: teamsEscape(value),
      })),
    },
  ];
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
          ...(t.link
            ? {
                actions: [
                  {
                    type: "Action.OpenUrl",
                    title: m.email_open({}, { locale: t.locale }),
                    url: t.link,
                  },
                ],
              }
            : {}),
        },
      },
    ],
  };
}
