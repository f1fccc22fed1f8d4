// A loopback stand-in for the gviz CSV endpoint: real HTTP through the pipeline's own client, scripted answers.
import {createServer, type IncomingMessage, type ServerResponse} from "node:http";
import type {AddressInfo} from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse, tab: string) => void | Promise<void>;

export interface SheetServer {
  /** A SHEET_URL template pointing at this server. */
  template: string;
  /** Every request's tab, in order. */
  requests: string[];
  /** Answer the tab (as named in the URL) with a CSV body, or a custom handler. */
  set(tab: string, answer: string | Handler): void;
  close(): Promise<void>;
}

function csvAnswer(body: string | Buffer, contentType = "text/csv; charset=utf-8"): Handler {
  return (_req, res) => {
    res.writeHead(200, {"content-type": contentType});
    res.end(body);
  };
}

export async function startSheetServer(answers: Record<string, string | Handler> = {}): Promise<SheetServer> {
  const handlers = new Map<string, Handler>();
  const requests: string[] = [];
  const set = (tab: string, answer: string | Handler) => handlers.set(tab, typeof answer === "string" ? csvAnswer(answer) : answer);
  for (const [tab, answer] of Object.entries(answers)) set(tab, answer);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const tab = url.searchParams.get("sheet") ?? "";
    requests.push(tab);
    const handler = handlers.get(tab);
    if (!handler) {
      res.writeHead(404, {"content-type": "text/plain"});
      res.end("no such tab");
      return;
    }
    try {
      await handler(req, res, tab);
    } catch {
      res.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const {port} = server.address() as AddressInfo;
  return {
    template: `http://127.0.0.1:${port}/spreadsheets/d/{id}/gviz/tq?tqx=out:csv&headers=1&sheet={sheet}`,
    requests,
    set,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
