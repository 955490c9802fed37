import { describe, expect, it } from 'vitest';
import { canOfferUpdate, insideLmsPackage, registerOffline, SKIP_WAITING, type WaitingWorker, type WorkerContainer, type WorkerRegistration } from '../../src/platform/offline';

class FakeWorker implements WaitingWorker {
  state = 'installing';
  readonly messages: unknown[] = [];
  private readonly listeners: (() => void)[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.push(listener);
  }
  become(state: string): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

class FakeRegistration implements WorkerRegistration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  checks = 0;
  checkFails = false;
  private readonly listeners: (() => void)[] = [];
  update(): Promise<unknown> {
    this.checks++;
    return this.checkFails ? Promise.reject(new Error('offline')) : Promise.resolve(this);
  }
  addEventListener(_type: 'updatefound', listener: () => void): void {
    this.listeners.push(listener);
  }
  /** A new version starts installing (the browser found a changed sw.js). */
  found(worker: FakeWorker): void {
    this.installing = worker;
    for (const listener of this.listeners) listener();
  }
}

class FakeContainer implements WorkerContainer {
  controller: unknown = null;
  readonly registered: { url: string; options?: RegistrationOptions }[] = [];
  private readonly changeListeners: (() => void)[] = [];
  constructor(private readonly answer: () => Promise<WorkerRegistration>) {}
  register(url: string, options?: RegistrationOptions): Promise<WorkerRegistration> {
    this.registered.push({ url, options });
    return this.answer();
  }
  addEventListener(_type: 'controllerchange', listener: () => void): void {
    this.changeListeners.push(listener);
  }
  changeController(): void {
    this.controller = {};
    for (const listener of [...this.changeListeners]) listener();
  }
}

function setUp(registration = new FakeRegistration(), controlled = true) {
  const container = new FakeContainer(() => Promise.resolve(registration));
  container.controller = controlled ? {} : null;
  const offers: (() => void)[] = [];
  let reloads = 0;
  const status = registerOffline({ container, onUpdateReady: (apply) => offers.push(apply), reload: () => reloads++ });
  return { container, registration, offers, status, reloads: () => reloads };
}

describe('offline: registering the service worker', () => {
  it('a browser without service workers plays on: unsupported, nothing asked', async () => {
    let asked = 0;
    const status = await registerOffline({ container: undefined, onUpdateReady: () => asked++, reload: () => asked++ });
    expect(status).toBe('unsupported');
    expect(asked).toBe(0);
  });

  it('a container without register (a partial implementation) is unsupported, not a crash', async () => {
    const container = { controller: null, addEventListener: () => undefined } as unknown as WorkerContainer;
    await expect(registerOffline({ container, onUpdateReady: () => undefined, reload: () => undefined })).resolves.toBe('unsupported');
  });

  it('a registration that rejects resolves as failed and never throws into the game', async () => {
    const container = new FakeContainer(() => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')));
    let asked = 0;
    await expect(registerOffline({ container, onUpdateReady: () => asked++, reload: () => asked++ })).resolves.toBe('failed');
    expect(container.registered).toEqual([{ url: './sw.js', options: { scope: './' } }]);
    expect(asked).toBe(0);
  });

  it('a register that throws synchronously is failed too', async () => {
    const container = new FakeContainer(() => {
      throw new TypeError('no');
    });
    await expect(registerOffline({ container, onUpdateReady: () => undefined, reload: () => undefined })).resolves.toBe('failed');
  });

  it('registers sw.js beside the page, scoped to the game', async () => {
    const { container, status } = setUp();
    await expect(status).resolves.toBe('registered');
    expect(container.registered).toEqual([{ url: './sw.js', options: { scope: './' } }]);
  });
});

describe('offline: a new version asks before it takes over', () => {
  it('the first install on a first visit asks nothing (no version to replace)', async () => {
    const { registration, offers, status } = setUp(new FakeRegistration(), false);
    await status;
    const first = new FakeWorker();
    registration.found(first);
    first.become('installed');
    expect(offers).toHaveLength(0);
  });

  it('a version found while playing is offered once installed, and only takes over when applied', async () => {
    const { registration, container, offers, status, reloads } = setUp();
    await status;
    const next = new FakeWorker();
    registration.found(next);
    expect(offers).toHaveLength(0);
    next.become('installed');
    next.become('installed');
    expect(offers).toHaveLength(1);
    // Not applied ("Later"): the worker keeps waiting, the page never reloads.
    expect(next.messages).toEqual([]);
    expect(reloads()).toBe(0);
    offers[0]!();
    expect(next.messages).toEqual([SKIP_WAITING]);
    expect(reloads()).toBe(0);
    container.changeController();
    expect(reloads()).toBe(1);
  });

  it('a version already waiting from an earlier visit is offered at once', async () => {
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    registration.waiting = waiting;
    const { offers, status } = setUp(registration);
    await status;
    expect(offers).toHaveLength(1);
    offers[0]!();
    expect(waiting.messages).toEqual([SKIP_WAITING]);
  });

  it('a controller change the player did not ask for (another tab updated) does not reload this page', async () => {
    const { registration, container, status, reloads } = setUp();
    await status;
    const next = new FakeWorker();
    registration.found(next);
    next.become('installed');
    container.changeController();
    expect(reloads()).toBe(0);
  });
});

describe('offline: checking for a new version', () => {
  it('a page the worker controls asks the server for sw.js once, at registration', async () => {
    const { registration, status } = setUp();
    await expect(status).resolves.toBe('registered');
    expect(registration.checks).toBe(1);
  });

  it('a first visit (no controller yet) does not check: the first install is under way', async () => {
    const { registration, status } = setUp(new FakeRegistration(), false);
    await status;
    expect(registration.checks).toBe(0);
  });

  it('a check that fails (the network is down) is no failure: still registered, nothing offered', async () => {
    const registration = new FakeRegistration();
    registration.checkFails = true;
    const { offers, status } = setUp(registration);
    await expect(status).resolves.toBe('registered');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(registration.checks).toBe(1);
    expect(offers).toHaveLength(0);
  });
});

describe('offline: inside an LMS', () => {
  it('a SCORM package launch (lms=scorm) registers no worker; any other address may', () => {
    expect(insideLmsPackage('?level=two-systems&lms=scorm')).toBe(true);
    expect(insideLmsPackage('?assign=campaign&lms=scorm&lang=ja')).toBe(true);
    expect(insideLmsPackage('?level=two-systems')).toBe(false);
    expect(insideLmsPackage('?lms=other')).toBe(false);
    expect(insideLmsPackage('')).toBe(false);
  });
});

describe('offline: where the game may ask', () => {
  it('on the title, its menus and the level list; never in a level, a debrief or the campaign', () => {
    for (const screen of ['title', 'language', 'sound-settings', 'about', 'levels', 'levels-load-failed']) expect(canOfferUpdate(screen), screen).toBe(true);
    for (const screen of ['level', 'debrief', 'campaign', 'campaign-card', 'levels-loading', undefined]) expect(canOfferUpdate(screen), String(screen)).toBe(false);
  });
});
