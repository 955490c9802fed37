// Once per run of the browser tier: one served build and one Chromium, shared by every test file
// (harness.ts connects to them; each test still opens its own browser context).
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, servePreview } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served build, e.g. http://127.0.0.1:4173/ */
    gameUrl: string;
    /** Where the shared Chromium listens, for chromium.connect. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await servePreview();
  const chromium = await launchChromiumServer().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  project.provide('gameUrl', url);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
