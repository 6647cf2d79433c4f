// What the dashboard-documents test sends: the article IngestArticle reads, and the write that makes each
// subscription fire.
import { gql, type TestApp as App } from '../helpers/app.ts';

export const ARTICLE = `Pakistan warns Kabul after border firing

ISLAMABAD: Defence Minister Khawaja Asif on Thursday warned the Afghan Taliban that Pakistan's patience was running out.
“We will not wait for another attack before we respond,” Asif told reporters at Parliament House.
“We are ready for talks if Kabul acts,” he added.
Separately, Ahmad Wali Khan, a trader in Chaman, said the crossing had been shut for nine days.
“Our trucks are rotting at the border,” Khan said.`;

export function subscriptionTriggers(app: App, ids: Record<string, string>): Record<string, () => Promise<unknown>> {
  const changeRound = (note: string) =>
    gql(
      app,
      `mutation($id: ID!, $n: String!) { updateRoundStatus(input: { roundId: $id, status: SUSPENDED, at: "2025-12-02", note: $n }) { id } }`,
      { id: ids.round, n: note },
      app.editorToken,
    );
  return {
    StatementAdded: () =>
      gql(
        app,
        `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-28" }, text: "Dashboard documents check", act: COMMENT }) { id } }`,
        { s: ids.actor },
        app.editorToken,
      ),
    // A statement leaves the public record when the confirmation of its only quote is undone.
    StatementWithdrawn: async () => {
      const body: string = (await gql(app, `query($id: ID!) { node(id: $id) { ... on Source { body } } }`, { id: ids.source })).data.node.body;
      const text = body.slice(0, 40);
      const created = await gql(
        app,
        `mutation($s: ID!, $src: ID!, $t: String!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-28" }, text: "Withdrawn check", act: COMMENT,
         quotes: [{ sourceId: $src, text: $t, start: 0, end: 40 }] }) { quotes { id } } }`,
        { s: ids.actor, src: ids.source, t: text },
        app.editorToken,
      );
      return gql(app, `mutation($id: ID!) { reopenQuote(id: $id) { id } }`, { id: created.data.createStatement.quotes[0].id }, app.editorToken);
    },
    // A watch, then a statement it matches: the watch engine raises the alert after the commit.
    AlertRaised: async () => {
      await gql(app, `mutation { createWatch(input: { name: "Stream check", filter: { text: "streamcheck" } }) { secret } }`, {}, app.editorToken);
      return gql(
        app,
        `mutation($s: ID!) { createStatement(input: { occasion: { speakerId: $s, saidOn: "2025-11-28" }, text: "A streamcheck statement", act: COMMENT }) { id } }`,
        { s: ids.actor },
        app.editorToken,
      );
    },
    RoundsUpdated: () => changeRound('for the board'),
    RoundUpdated: () => changeRound('for the round page'),
  };
}
