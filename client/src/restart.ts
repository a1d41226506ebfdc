import type { BaseLanguageClient } from "vscode-languageclient";

/** Restarts the server; the Node and the browser clients share only stop and start. */
export async function restart(client: BaseLanguageClient): Promise<void> {
  if (client.isRunning()) await client.stop();
  await client.start();
}
