import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalText, Outcome } from '../../src/core/level';
import { seedFrom } from '../../src/core/random';
import {
  applySiteAction,
  siteCaseRecord,
  createSiteVisit,
  EVIDENCE_KINDS,
  evidenceKindOf,
  hiddenAt,
  liveAtArrival,
  visitVerdict,
  verdictPointProblems,
  approachPointProblems,
  outcomesDominate,
  SITE_DIFFICULTIES,
  SITE_DIFFICULTY_SETTINGS,
  siteDefinitionProblems,
  siteTimeLeft,
  supervisorReview,
  whatIsSeen,
  type SiteAction,
  type SiteClue,
  type SiteConclusion,
  type SiteDefinition,
  type SiteDifficulty,
  type SiteEvent,
  type SiteStaff,
  type SiteStation,
  type SiteTool,
  type SiteVerdict,
  type SiteVisit,
} from '../../src/core/site/model';

// ---- Fixture: one hall, three sites -------------------------------------------------------------

const t = (en: string, ja: string, zh: string): LocalText => ({ en, ja, zh });

const ILLUSTRATIVE = t(
  'Illustrative: the article gives no technical detail of the disguise; this is how real mining differs from real AI work.',
  '例示：記事は偽装の技術的な詳細を述べていない。これは実際のマイニングと実際のAI研究の違いである。',
  '示例：文章未描述伪装的技术细节；这里展示真实挖矿与真实人工智能工作的区别。',
);

function rack(n: number): SiteStation {
  return {
    id: `rack-${n}`,
    name: t(`Rack ${n}`, `ラック${n}`, `机柜${n}`),
    kind: 'rack',
    tools: [
      { tool: 'read-nameplate', timeCost: 1, needsStaff: false, plain: t('A storage server nameplate.', 'ストレージサーバーの銘板。', '一块存储服务器铭牌。') },
      { tool: 'clamp-meter', timeCost: 2, needsStaff: false, plain: t('A modest, steady current.', '控えめで安定した電流。', '电流不大，很平稳。') },
      { tool: 'thermal-camera', timeCost: 1, needsStaff: false, plain: t('Nothing unusual on the camera.', 'カメラに異常なし。', '热像仪上没有异常。') },
    ],
  };
}

function console_(n: number): SiteStation {
  return {
    id: `console-${n}`,
    name: t(`Console ${n}`, `端末${n}`, `控制台${n}`),
    kind: 'console',
    tools: [
      { tool: 'process-list', timeCost: 2, needsStaff: true, plain: t('Office programs and a monitoring tool.', '事務ソフトと監視ツール。', '办公软件和一个监控工具。') },
      { tool: 'reboot', timeCost: 4, needsStaff: true, plain: t('One system starts.', '一つのシステムが起動する。', '只启动一个系统。') },
    ],
  };
}

function hall(racks: number): SiteStation[] {
  return [
    ...Array.from({ length: racks }, (_, i) => rack(i + 1)),
    console_(1),
    console_(2),
    {
      id: 'network-cabinet',
      name: t('Network cabinet', 'ネットワーク盤', '网络机柜'),
      kind: 'network-cabinet',
      tools: [{ tool: 'network-monitor', timeCost: 3, needsStaff: false, plain: t('Ordinary office traffic.', '普通の業務通信。', '普通的办公流量。') }],
    },
    {
      id: 'substation',
      name: t('Substation', '変電設備', '变电站'),
      kind: 'substation',
      tools: [{ tool: 'read-substation', timeCost: 2, needsStaff: true, plain: t('Readings as expected.', '想定どおりの値。', '读数正常。') }],
    },
    {
      id: 'office',
      name: t('Office', '事務所', '办公室'),
      kind: 'office',
      tools: [{ tool: 'read-records', timeCost: 3, needsStaff: true, plain: t('The papers are in order.', '書類は整っている。', '文件齐全。') }],
    },
    {
      id: 'research-screen',
      name: t('Research screen', '研究画面', '研究屏幕'),
      kind: 'research-screen',
      tools: [{ tool: 'inspect-research', timeCost: 3, needsStaff: false, plain: t('A dashboard of charts.', 'グラフの並ぶ画面。', '满是图表的仪表盘。') }],
    },
  ];
}

const STAFF: SiteStaff[] = [
  { id: 'manager', name: t('Manager Chen', '陳マネージャー', '陈经理'), role: t('Site manager', '現場責任者', '现场经理'), timeCost: 2, plain: t('He answers smoothly.', '彼はすらすらと答える。', '他对答如流。') },
  { id: 'technician', name: t('Technician Liu', '劉技術員', '刘技术员'), role: t('Technician', '技術員', '技术员'), timeCost: 2, plain: t('She answers plainly.', '彼女は淡々と答える。', '她回答得很平实。') },
  { id: 'accountant', name: t('Accountant Wu', '呉会計係', '吴会计'), role: t('Accountant', '会計係', '会计'), timeCost: 2, plain: t('He reads from his notes.', '彼はメモを読み上げる。', '他照着笔记念。') },
];

const racksOf = (n: number) => Array.from({ length: n }, (_, i) => `rack-${i + 1}`);
const CONSOLES = ['console-1', 'console-2'];

function clue(c: Omit<SiteClue, 'illustrative' | 'sourceLines'> & Partial<Pick<SiteClue, 'illustrative' | 'sourceLines'>>): SiteClue {
  return { sourceLines: [], illustrative: ILLUSTRATIVE, ...c };
}

function disguisedSite(racks: number, id = 'genesis-hall'): SiteDefinition {
  const R = racksOf(racks);
  return {
    id,
    name: t('Genesis computing hall', '創世記の計算ホール', '创世纪计算大厅'),
    truth: 'mining-disguised',
    declared: t('AI and big-data research.', '人工知能とビッグデータの研究。', '人工智能与大数据研究。'),
    timeBudget: { easy: 45 + 2 * racks, standard: 36 + 2 * racks, hard: 30 + 2 * racks },
    stations: hall(racks),
    staff: STAFF,
    illustrative: ILLUSTRATIVE,
    clues: [
      clue({ id: 'asic-nameplate', source: 'read-nameplate', candidates: R, group: 'miner-rack', indicates: 'mining', strength: 'strong', concealment: 'fixed',
        seen: t('Behind the "AI compute" panel: SHA-256 ASIC miners. They can do nothing else.', '「AI計算」パネルの裏はSHA-256専用のASICマイナー。他の計算はできない。', '“AI计算”面板后面是SHA-256专用ASIC矿机，别的什么也算不了。') }),
      clue({ id: 'miner-full-draw', source: 'clamp-meter', candidates: R, group: 'miner-rack', indicates: 'mining', strength: 'weak', concealment: 'switchable',
        seen: t('Full current on every phase, minute after minute.', 'どの相も常に最大の電流。', '每一相都持续满负荷。'),
        cover: t('A trickle of current: the machines idle.', 'わずかな電流。機械は待機中。', '电流很小，机器在空转。') }),
      clue({ id: 'miner-hot-boards', source: 'thermal-camera', candidates: R, group: 'miner-rack', indicates: 'mining', strength: 'weak', concealment: 'switchable',
        seen: t('Every board glows evenly hot.', 'すべての基板が均一に高温。', '每块板子都一样滚烫。'),
        cover: t('The boards are barely warm: the machines have been turned down.', '基板はほとんど温かくない。機械の出力が下げられている。', '板子几乎不热：机器已被调低。') }),
      clue({ id: 'show-gpus', source: 'read-nameplate', candidates: R, group: 'show-rack', indicates: 'real-work', strength: 'weak', concealment: 'fixed',
        seen: t('Eight data-centre GPUs: these could train a model.', 'データセンター用GPUが8基。モデルの学習は可能。', '八块数据中心GPU，确实能训练模型。') }),
      clue({ id: 'miner-process', source: 'process-list', candidates: CONSOLES, group: 'miner-console', indicates: 'mining', strength: 'strong', concealment: 'switchable',
        seen: t('A mining program sends work to a pool; no research program runs.', '採掘プログラムがプールに接続。研究用プログラムは動いていない。', '挖矿程序连着矿池；没有任何研究程序在运行。'),
        cover: t('A program called "ai-research" idles.', '「ai-research」というプログラムが待機中。', '一个叫“ai-research”的程序在空转。') }),
      clue({ id: 'boot-menu', source: 'reboot', candidates: CONSOLES, group: 'miner-console', indicates: 'mining', strength: 'strong', concealment: 'fixed', sourceLines: [30, 31],
        seen: t('The boot menu offers two systems: "research-display" and "miner-control".', '起動メニューに二つのシステム：「research-display」と「miner-control」。', '启动菜单里有两个系统：“research-display”和“miner-control”。'),
        illustrative: t('The article says each computer had two systems; the names are illustrative.', '記事は各コンピュータに二つのシステムがあったと述べる。名前は例示。', '文章说每台电脑装有两个系统；名称为示例。') }),
      clue({ id: 'stratum-traffic', source: 'network-monitor', candidates: ['network-cabinet'], indicates: 'mining', strength: 'strong', concealment: 'switchable',
        seen: t('Steady stratum connections to a mining pool; no data comes in.', 'マイニングプールへのstratum接続が続く。データの受信はない。', '持续的stratum矿池连接；没有数据传入。'),
        cover: t('Almost no traffic.', '通信はほとんどない。', '几乎没有流量。') }),
      clue({ id: 'flat-year', source: 'read-substation', candidates: ['substation'], indicates: 'mining', strength: 'weak', concealment: 'fixed', sourceLines: [34],
        seen: t('A year at about 8.5 MW, day and night.', '一年中、昼夜を問わず約8.5MW。', '一整年昼夜都在8.5兆瓦左右。'),
        illustrative: t('74.75 million kWh in 2018 is about 8.5 MW around the clock; the log is illustrative.', '2018年の7475万kWhは24時間約8.5MWに相当。記録は例示。', '2018年7475万千瓦时约合全天8.5兆瓦；记录为示例。') }),
      clue({ id: 'bill-vs-declared', source: 'read-records', candidates: ['office'], indicates: 'mining', strength: 'weak', concealment: 'fixed', sourceLines: [27, 34],
        seen: t('Declared: 200 research servers, about 0.6 MW. Billed: 8.5 MW all year.', '申告は研究用サーバー200台・約0.6MW。請求は通年8.5MW。', '申报：200台研究服务器，约0.6兆瓦。电费：全年8.5兆瓦。') }),
      clue({ id: 'looping-loss', source: 'inspect-research', candidates: ['research-screen'], indicates: 'mining', strength: 'strong', concealment: 'fixed', sourceLines: [31, 32],
        seen: t('The training curve repeats exactly every ten minutes; there are no datasets.', '学習曲線が10分ごとに全く同じ形で繰り返す。データセットはない。', '训练曲线每十分钟一模一样地重复；没有任何数据集。') }),
      clue({ id: 'stories-clash', source: 'interview', candidates: ['technician', 'accountant'], needsOtherInterview: true, indicates: 'mining', strength: 'weak', concealment: 'rehearsed',
        seen: t('The two accounts clash: traffic models, or tax data?', '二人の説明が食い違う。交通モデルか、税務データか。', '两人说法对不上：是交通模型，还是税务数据？'),
        cover: t('Word for word what the manager said.', 'マネージャーと一字一句同じ説明。', '和经理说的一字不差。') }),
      clue({ id: 'screen-flick', source: 'on-arrival', candidates: CONSOLES, group: 'miner-console', indicates: 'mining', strength: 'weak', concealment: 'caught-switching', sourceLines: [31],
        seen: t('As you step up to the console, an operator flicks its screen from a black terminal to a research dashboard.', '端末に近づくと、オペレーターが黒い端末画面を研究用ダッシュボードに切り替える。', '你走到控制台前时，操作员把屏幕从黑色终端切换成研究仪表盘。') }),
    ],
  };
}

const aiLab: SiteDefinition = {
  id: 'university-ai-lab',
  name: t('University AI lab', '大学のAI研究室', '大学人工智能实验室'),
  truth: 'honest-ai-lab',
  declared: t('Training image models.', '画像モデルの学習。', '训练图像模型。'),
  timeBudget: { easy: 45, standard: 36, hard: 30 },
  stations: hall(4),
  staff: STAFF,
  illustrative: ILLUSTRATIVE,
  clues: [
    clue({ id: 'gpu-nameplates', source: 'read-nameplate', candidates: racksOf(4), group: 'busy-rack', indicates: 'real-work', strength: 'weak', concealment: 'fixed',
      seen: t('Data-centre GPUs.', 'データセンター用GPU。', '数据中心GPU。') }),
    clue({ id: 'bursty-load', source: 'clamp-meter', candidates: racksOf(4), group: 'busy-rack', indicates: 'real-work', strength: 'weak', concealment: 'fixed',
      seen: t('The current swings as jobs start and finish.', 'ジョブの開始と終了で電流が上下する。', '电流随任务起止上下波动。') }),
    clue({ id: 'long-run-flat', source: 'read-substation', candidates: ['substation'], indicates: 'mining', strength: 'weak', concealment: 'fixed',
      seen: t('Bursty for weeks, then flat near the top for three days: a long training run.', '数週間は変動、直近3日は上限近くで平坦。長い学習の実行中。', '几周来起伏不定，最近三天接近满载且平稳：一次长时间训练。') }),
    clue({ id: 'dual-boot-workstation', source: 'reboot', candidates: CONSOLES, indicates: 'mining', strength: 'weak', concealment: 'fixed',
      seen: t('The boot menu offers Linux and Windows.', '起動メニューにLinuxとWindows。', '启动菜单里有Linux和Windows。') }),
    clue({ id: 'real-jobs', source: 'process-list', candidates: CONSOLES, indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t("Training jobs under researchers' names, saving checkpoints hourly.", '研究者名義の学習ジョブが毎時チェックポイントを保存。', '以研究人员名义运行的训练任务，每小时保存检查点。') }),
    clue({ id: 'dataset-transfers', source: 'network-monitor', candidates: ['network-cabinet'], indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t('Large downloads from a university dataset mirror; no pool.', '大学のデータセットミラーから大量の受信。プール接続なし。', '从大学数据集镜像大量下载；没有矿池连接。') }),
    clue({ id: 'moving-curves', source: 'inspect-research', candidates: ['research-screen'], indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t('Each run has its own curve, still moving; 40 TB of licensed images.', '実行ごとに異なる曲線が動いている。ライセンス付き画像40TB。', '每次训练曲线各不相同且仍在变化；40TB有授权的图像。') }),
    clue({ id: 'papers', source: 'read-records', candidates: ['office'], indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t('Three published papers; the bill matches the declared GPUs.', '発表論文3本。電気代は申告のGPUと一致。', '三篇已发表论文；电费与申报的GPU相符。') }),
    clue({ id: 'nervous-intern', source: 'interview', candidates: ['technician', 'accountant'], indicates: 'mining', strength: 'weak', concealment: 'fixed',
      seen: t('Nervous: "We never switch them off."', '緊張して「電源は一度も切りません」。', '紧张地说：“我们从来不关机。”') }),
  ],
};

const wastefulCentre: SiteDefinition = {
  id: 'old-data-centre',
  name: t('Old data centre', '古いデータセンター', '老旧数据中心'),
  truth: 'honest-inefficient',
  declared: t('Storage and backups for local customers.', '地元顧客向けの保存とバックアップ。', '为本地客户提供存储和备份。'),
  timeBudget: { easy: 45, standard: 36, hard: 30 },
  stations: hall(4),
  staff: STAFF,
  illustrative: ILLUSTRATIVE,
  clues: [
    clue({ id: 'flat-load', source: 'read-substation', candidates: ['substation'], indicates: 'mining', strength: 'weak', concealment: 'fixed',
      seen: t('Flat load, day and night.', '昼夜を通じて平坦な負荷。', '昼夜负荷平稳。') }),
    clue({ id: 'hot-aisles', source: 'thermal-camera', candidates: racksOf(4), indicates: 'waste', strength: 'strong', concealment: 'fixed',
      seen: t('Hot exhaust loops back into the cold aisle; half the cooling is off.', '排熱が冷気側に回り込む。冷却装置の半分が停止。', '热风回流到冷通道；一半制冷设备停着。') }),
    clue({ id: 'pue-bill', source: 'read-records', candidates: ['office'], indicates: 'waste', strength: 'strong', concealment: 'fixed',
      seen: t('The bill is 2.3 times what the servers draw: cooling eats the rest.', '電気代はサーバー消費の2.3倍。残りは冷却。', '电费是服务器用电的2.3倍，其余都耗在制冷上。') }),
    clue({ id: 'customer-contracts', source: 'read-records', candidates: ['office'], indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t('Storage contracts with two hospitals and a bank.', '病院2か所と銀行との保存契約。', '与两家医院和一家银行的存储合同。') }),
    clue({ id: 'backup-streams', source: 'network-monitor', candidates: ['network-cabinet'], indicates: 'real-work', strength: 'strong', concealment: 'fixed',
      seen: t("Nightly backups arrive from customers' offices.", '顧客の事務所から夜間バックアップが届く。', '每晚有来自客户办公室的备份数据。') }),
    clue({ id: 'old-servers', source: 'read-nameplate', candidates: racksOf(4), indicates: 'waste', strength: 'weak', concealment: 'fixed',
      seen: t('Servers ten years old.', '10年前のサーバー。', '十年前的服务器。') }),
    clue({ id: 'evasive-manager', source: 'interview', candidates: ['manager'], indicates: 'mining', strength: 'weak', concealment: 'fixed',
      seen: t('The manager dodges every question about the bill.', 'マネージャーは電気代の質問をはぐらかす。', '经理对电费问题一概回避。') }),
  ],
};

const DISGUISED = [disguisedSite(4), disguisedSite(6, 'genesis-annex')];
const HONEST = [aiLab, wastefulCentre];
const ALL_SITES = [...DISGUISED, ...HONEST];
const SEEDS = Array.from({ length: 200 }, (_, i) => i);
const MODES = SITE_DIFFICULTIES.flatMap((difficulty) => [true, false].map((announced) => ({ difficulty, announced })));

/** A level's verdicts: what each earns, on which lessons, and why (as two-systems.json has them). */
const VERDICTS: Record<SiteVerdict, Outcome[]> = {
  'mining-proven': [
    { lesson: 'LS1', points: 30, risk: { id: 'R4', kind: 'spotted' }, text: t('Proven from independent evidence: the "research" was mining.', '独立した証拠で証明：「研究」はマイニングだった。', '以相互独立的证据证明：“研究”就是挖矿。'), sourceLines: [29, 30, 31, 32] },
    { lesson: 'LS3', points: 10, text: t('A finding that stands: duty done by the rules.', '覆らない結論。規則に従って職務を果たした。', '站得住脚的结论：依规履职。'), sourceLines: [79] },
  ],
  'mining-missed': [{ lesson: 'LS1', points: -25, risk: { id: 'R4', kind: 'fell' }, text: t('You signed off on a mining site.', 'マイニング施設を承認してしまった。', '你为一个矿场签了字。'), sourceLines: [31, 32] }],
  'miners-unreported': [{ lesson: 'LS1', points: -10, risk: { id: 'R4', kind: 'fell' }, text: t('You left; the miners ran on.', '何も報告せず、採掘は続いた。', '你离开了，矿机继续运转。'), sourceLines: [28] }],
  'honest-accused': [{ lesson: 'LS3', points: -40, text: t('You accused honest work of fraud.', '誠実な事業を不正だと告発した。', '你指控正当业务造假。'), sourceLines: [79, 80] }],
  'honest-cleared': [
    { lesson: 'LS2', points: 15, text: t('Real research, checked and cleared.', '本物の研究を確認し、承認した。', '真实的研究，核实后予以通过。'), sourceLines: [77, 78] },
    { lesson: 'LS3', points: 10, text: t('Cleared on evidence: duty done by the rules.', '証拠に基づいて承認した。', '凭证据放行：依规履职。'), sourceLines: [79] },
  ],
  'needless-referral': [{ lesson: 'LS2', points: -5, text: t('A real lab sent for review without cause.', '理由なく本物の研究室を審査に回した。', '无故把真实实验室送审。'), sourceLines: [66, 67] }],
  'waste-referred': [{ lesson: 'LS4', points: 20, risk: { id: 'R4', kind: 'spotted' }, text: t('Honest but wasteful: referred for an efficiency review.', '誠実だが浪費：省エネ審査に回した。', '业务正当但浪费：已转交能效审查。'), sourceLines: [81, 82] }],
  'waste-overlooked': [{ lesson: 'LS4', points: 0, text: t('Real customers, but the waste goes on.', '顧客は本物だが、浪費は続く。', '客户是真的，但浪费仍在继续。'), sourceLines: [81, 82] }],
  'report-sent-back': [{ lesson: 'LS1', points: 0, text: t('The supervisor sent it back: not enough independent evidence.', '上司は差し戻した：独立した証拠が足りない。', '上级退回了报告：独立证据不足。'), sourceLines: [75] }],
  'nothing-filed': [{ lesson: 'LS1', points: 0, text: t('You filed nothing.', '何も報告しなかった。', '你什么也没有报告。'), sourceLines: [] }],
};

// ---- A scripted inspector: a checklist, no knowledge of the seed or the truth ---------------------

type Spot = { target: string; tool: SiteTool | 'interview' };

/** Records that cannot be switched away come first, then the live system, then the people. */
function checklist(site: SiteDefinition): Spot[] {
  const at = (tool: SiteTool) => site.stations.filter((s) => s.tools.some((o) => o.tool === tool)).map((s) => ({ target: s.id, tool }));
  return [
    ...at('read-nameplate'),
    ...at('reboot'),
    ...at('inspect-research'),
    ...at('read-records'),
    ...at('read-substation'),
    ...at('network-monitor'),
    ...at('process-list'),
    ...at('clamp-meter'),
    ...at('thermal-camera'),
    ...site.staff.map((s) => ({ target: s.id, tool: 'interview' as const })),
  ];
}

function actionFor(spot: Spot): SiteAction {
  return spot.tool === 'interview' ? { type: 'interview', staffId: spot.target } : { type: 'use-tool', stationId: spot.target, tool: spot.tool };
}

function act(site: SiteDefinition, visit: SiteVisit, action: SiteAction): { visit: SiteVisit; events: SiteEvent[] } {
  return applySiteAction(site, visit, action);
}

function start(site: SiteDefinition, seed: number, difficulty: SiteDifficulty, announced: boolean): SiteVisit {
  return createSiteVisit(site, { difficulty, announced }, seedFrom(seed)).visit;
}

/** Walks the checklist, running to wherever a manager hurries, then files the best-supported finding. */
function scriptedInspector(site: SiteDefinition, seed: number, difficulty: SiteDifficulty, announced: boolean): SiteVisit {
  let visit = start(site, seed, difficulty, announced);
  const plan = checklist(site);
  const urgent: Spot[] = [];
  const done = (s: Spot) => visit.checks.some((c) => c.target === s.target && c.source === s.tool);
  for (;;) {
    const next = urgent.find((s) => !done(s)) ?? plan.find((s) => !done(s));
    if (!next || siteTimeLeft(visit) === 0) break;
    const result = act(site, visit, actionFor(next));
    if (result.events[0]?.type === 'action-refused') {
      // Not enough time for this one: drop it and try the cheaper checks left.
      plan.splice(plan.indexOf(next), 1);
      urgent.splice(urgent.indexOf(next), 1);
      continue;
    }
    visit = result.visit;
    for (const e of result.events) {
      if (e.type !== 'site-reacts') continue;
      // Nobody says which tool: try the quick ones where the manager went.
      if (e.how === 'staff-taken-aside') urgent.unshift({ target: e.target, tool: 'interview' });
      else urgent.unshift(...plan.filter((s) => s.target === e.target));
    }
  }
  return fileBestFinding(site, visit);
}

/** Uses only what was seen: accuse if the evidence holds, else refer, else clear, else claim nothing. */
function fileBestFinding(site: SiteDefinition, visit: SiteVisit): SiteVisit {
  const seen = site.clues.filter((c) => visit.evidence.includes(c.id));
  const options: [SiteConclusion, string[]][] = [
    ['mining-disguised', seen.filter((c) => c.indicates === 'mining').map((c) => c.id)],
    ['inefficient-refer', seen.filter((c) => c.indicates !== 'mining').map((c) => c.id)],
    ['honest', seen.filter((c) => c.indicates === 'real-work').map((c) => c.id)],
  ];
  const chosen = options.find(([conclusion, ids]) => supervisorReview(site, ids, conclusion).accepted) ?? ['inconclusive', []];
  return fileReport(site, visit, chosen[1], chosen[0]);
}

function fileReport(site: SiteDefinition, visit: SiteVisit, clueIds: readonly string[], conclusion: SiteConclusion): SiteVisit {
  let v = visit;
  for (const clueId of clueIds) v = act(site, v, { type: 'add-to-report', clueId }).visit;
  return act(site, v, { type: 'file-report', conclusion }).visit;
}

/** Straight to the consoles, in the order the hall lists them, reading each one's process list (no hint followed). */
function consolesFirst(site: SiteDefinition, seed: number, difficulty: SiteDifficulty, announced: boolean): SiteVisit {
  let visit = start(site, seed, difficulty, announced);
  for (const station of site.stations.filter((s) => s.kind === 'console')) visit = act(site, visit, { type: 'use-tool', stationId: station.id, tool: 'process-list' }).visit;
  return visit;
}

function miningSeen(site: SiteDefinition, visit: SiteVisit): number {
  return visit.evidence.filter((id) => site.clues.find((c) => c.id === id)?.indicates === 'mining').length;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// ---- Tests -----------------------------------------------------------------------------------------

describe('the test sites', () => {
  it('pass the site definition check: honest sites cannot be proven guilty, disguised ones can be proven from what they cannot hide', () => {
    for (const site of ALL_SITES) expect(siteDefinitionProblems(site)).toEqual([]);
  });

  it('mark every clue that does not rest on the article as illustrative, in all three languages', () => {
    for (const site of ALL_SITES) {
      for (const c of site.clues) {
        if (c.sourceLines.length === 0) expect(c.illustrative).not.toBeNull();
        for (const text of [c.seen, c.cover, c.illustrative]) {
          if (text) for (const lang of ['en', 'ja', 'zh'] as const) expect(text[lang].length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('the definition check catches an honest site that could be proven guilty and a clue read where its tool is not', () => {
    const framed: SiteDefinition = {
      ...aiLab,
      clues: [
        ...aiLab.clues,
        clue({ id: 'planted-asic', source: 'read-nameplate', candidates: ['office'], indicates: 'mining', strength: 'strong', concealment: 'fixed', seen: ILLUSTRATIVE }),
        clue({ id: 'planted-pool', source: 'network-monitor', candidates: ['network-cabinet'], indicates: 'mining', strength: 'strong', concealment: 'fixed', seen: ILLUSTRATIVE }),
      ],
    };
    const problems = siteDefinitionProblems(framed);
    expect(problems).toContainEqual({ path: 'clues', code: 'honest-provable', detail: 'an honest site could be proven guilty' });
    expect(problems.some((p) => p.code === 'tool-not-there' && p.detail.includes('planted-asic') && p.detail.includes('does not offer'))).toBe(true);
  });
});

describe('a site visit', () => {
  it('the same seed and the same actions give the same visit, and the visit survives a JSON round trip', () => {
    const site = DISGUISED[0]!;
    for (const seed of [0, 1, 99]) {
      const a = scriptedInspector(site, seed, 'standard', false);
      const b = scriptedInspector(site, seed, 'standard', false);
      expect(a).toEqual(b);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });

  it('the seed moves the miner rack around the hall, so a replay is not a memory test', () => {
    const site = DISGUISED[0]!;
    const racks = new Set(SEEDS.map((seed) => start(site, seed, 'standard', false).placement['asic-nameplate']));
    expect([...racks].sort()).toEqual(racksOf(4));
    for (const seed of SEEDS) {
      const visit = start(site, seed, 'standard', false);
      // The show rack never sits on the miner rack, and the miner's meter and nameplate stay together.
      expect(visit.placement['show-gpus']).not.toBe(visit.placement['asic-nameplate']);
      expect(visit.placement['miner-full-draw']).toBe(visit.placement['asic-nameplate']);
    }
  });

  it('under random actions: never over the time budget, never a report of something unseen, and a refusal changes nothing', () => {
    const site = DISGUISED[0]!;
    const stationIds = [...site.stations.map((s) => s.id), 'broom-cupboard'];
    const tools = ['read-nameplate', 'clamp-meter', 'thermal-camera', 'read-substation', 'network-monitor', 'reboot', 'process-list', 'inspect-research', 'read-records'] as const;
    const clueIds = [...site.clues.map((c) => c.id), 'rumour'];
    const actionArb: fc.Arbitrary<SiteAction> = fc.oneof(
      { weight: 6, arbitrary: fc.record({ type: fc.constant('use-tool' as const), stationId: fc.constantFrom(...stationIds), tool: fc.constantFrom(...tools) }) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('interview' as const), staffId: fc.constantFrom('manager', 'technician', 'accountant', 'ghost') }) },
      { weight: 3, arbitrary: fc.record({ type: fc.constant('add-to-report' as const), clueId: fc.constantFrom(...clueIds) }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('remove-from-report' as const), clueId: fc.constantFrom(...clueIds) }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('file-report' as const), conclusion: fc.constantFrom('mining-disguised' as const, 'honest' as const, 'inefficient-refer' as const, 'inconclusive' as const) }) },
    );
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...SITE_DIFFICULTIES), fc.boolean(), fc.array(actionArb, { maxLength: 40 }), (seed, difficulty, announced, actions) => {
        let visit = start(site, seed, difficulty, announced);
        const replayed: SiteVisit[] = [];
        for (const action of actions) {
          const before = JSON.stringify(visit);
          const result = act(site, visit, action);
          if (result.events[0]?.type === 'action-refused') {
            expect(result.visit).toBe(visit);
            expect(JSON.stringify(visit)).toBe(before);
          }
          visit = result.visit;
          replayed.push(visit);
          expect(visit.timeUsed).toBeLessThanOrEqual(visit.timeBudget);
          for (const id of visit.report) expect(visit.evidence).toContain(id);
          expect(new Set(visit.evidence).size).toBe(visit.evidence.length);
        }
        // Replaying the same actions rebuilds the same visits.
        let again = start(site, seed, difficulty, announced);
        actions.forEach((action, i) => {
          again = act(site, again, action).visit;
          expect(again).toEqual(replayed[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a second look at the same thing, a tool a station does not offer, an unknown station, and anything after filing', () => {
    const site = DISGUISED[0]!;
    let visit = start(site, 3, 'easy', false);
    const reason = (action: SiteAction) => {
      const e = act(site, visit, action).events[0];
      return e?.type === 'action-refused' ? e.reason : 'accepted';
    };
    expect(reason({ type: 'use-tool', stationId: 'office', tool: 'reboot' })).toBe('tool-not-here');
    expect(reason({ type: 'use-tool', stationId: 'roof', tool: 'reboot' })).toBe('unknown-id');
    expect(reason({ type: 'add-to-report', clueId: 'looping-loss' })).toBe('not-observed');
    visit = act(site, visit, { type: 'use-tool', stationId: 'research-screen', tool: 'inspect-research' }).visit;
    expect(visit.evidence).toContain('looping-loss');
    expect(reason({ type: 'use-tool', stationId: 'research-screen', tool: 'inspect-research' })).toBe('already-checked');
    visit = act(site, visit, { type: 'add-to-report', clueId: 'looping-loss' }).visit;
    expect(reason({ type: 'add-to-report', clueId: 'looping-loss' })).toBe('already-in-report');
    visit = act(site, visit, { type: 'file-report', conclusion: 'inconclusive' }).visit;
    expect(reason({ type: 'use-tool', stationId: 'office', tool: 'read-records' })).toBe('report-filed');
  });

  it('refuses a check that no longer fits in the time left', () => {
    const site = DISGUISED[0]!;
    let visit = start(site, 5, 'hard', true);
    visit = { ...visit, timeUsed: visit.timeBudget - 3 };
    const result = act(site, visit, { type: 'use-tool', stationId: 'console-1', tool: 'reboot' });
    expect(result.events).toEqual([{ type: 'action-refused', action: { type: 'use-tool', stationId: 'console-1', tool: 'reboot' }, reason: 'no-time-left' }]);
  });

  it('staff stalls cost time but never stop a check that fits', () => {
    const site = DISGUISED[0]!;
    let stalls = 0;
    for (const seed of SEEDS) {
      let visit = start(site, seed, 'hard', false);
      visit = { ...visit, timeUsed: visit.timeBudget - 4 };
      const result = act(site, visit, { type: 'use-tool', stationId: 'console-1', tool: 'reboot' });
      expect(result.visit.checks).toHaveLength(1);
      expect(result.visit.timeUsed).toBe(result.visit.timeBudget);
      const fresh = act(site, start(site, seed, 'hard', false), { type: 'use-tool', stationId: 'office', tool: 'read-records' });
      const stalled = fresh.events.find((e) => e.type === 'stalled');
      if (stalled) stalls++;
      expect(fresh.visit.timeUsed).toBe(3 + (stalled ? SITE_DIFFICULTY_SETTINGS.hard.stallMinutes : 0));
    }
    expect(stalls).toBeGreaterThan(0);
  });

  it('a contradiction between staff shows only once a second person has been heard', () => {
    const site = DISGUISED[0]!;
    const seed = SEEDS.find((s) => {
      const v = start(site, s, 'easy', false);
      return v.hiddenFrom['stories-clash'] === undefined;
    })!;
    let visit = start(site, seed, 'easy', false);
    const who = visit.placement['stories-clash']!;
    visit = act(site, visit, { type: 'interview', staffId: who }).visit;
    expect(visit.evidence).not.toContain('stories-clash');
    expect(whatIsSeen(site, visit, who, 'interview')).toEqual([STAFF.find((s) => s.id === who)!.plain]);
    visit = act(site, visit, { type: 'interview', staffId: 'manager' }).visit;
    expect(visit.evidence).toContain('stories-clash');
    expect(whatIsSeen(site, visit, who, 'interview')).toEqual([site.clues.find((c) => c.id === 'stories-clash')!.seen]);
  });

  it('when the manager hurries to a console, its clue is hidden unless the inspector gets there first', () => {
    const site = DISGUISED[0]!;
    let caught = 0;
    let lost = 0;
    for (const seed of SEEDS) {
      for (const { difficulty, announced } of MODES) {
        const first = act(site, start(site, seed, difficulty, announced), { type: 'use-tool', stationId: 'research-screen', tool: 'inspect-research' });
        const reaction = first.events.find((e) => e.type === 'site-reacts');
        if (!reaction || reaction.type !== 'site-reacts' || reaction.how !== 'manager-to-console') continue;
        const hidden = site.clues.find((c) => first.visit.hiddenFrom[c.id] === reaction.hidesAt && first.visit.hiddenHow[c.id] === 'manager-at-it')!;
        const action: SiteAction = { type: 'use-tool', stationId: reaction.target, tool: hidden.source as SiteTool };
        // Straight there: seen, unless a stall held the inspector past the deadline.
        const quick = act(site, first.visit, action);
        const at = quick.visit.checks.at(-1)!.at;
        expect(quick.visit.evidence.includes(hidden.id)).toBe(at < reaction.hidesAt);
        if (at < reaction.hidesAt) caught++;
        // After a slow detour: always gone, and the cover is what shows.
        const slow = act(site, { ...first.visit, timeUsed: reaction.hidesAt }, action);
        expect(slow.visit.evidence).not.toContain(hidden.id);
        expect(whatIsSeen(site, slow.visit, reaction.target, hidden.source as SiteTool)).toEqual([hidden.cover]);
        expect(slow.events.find((e) => e.type === 'checked')).toMatchObject({ hidden: ['manager-at-it'] });
        lost++;
      }
    }
    expect(caught).toBeGreaterThan(0);
    expect(lost).toBeGreaterThan(0);
  });

  it('a clue the site hid never reads as "nothing unusual": the look says how it was hidden and shows the cover', () => {
    let hiddenLooks = 0;
    const hows = new Set<string>();
    for (const site of DISGUISED) {
      for (const { difficulty, announced } of MODES) {
        for (const seed of SEEDS.slice(0, 60)) {
          let visit = start(site, seed, difficulty, announced);
          // A seeded order of looks, so checks land before and after the site hides things.
          const spots = [...checklist(site)].sort((a, b) => ((seed * 7 + a.target.length * 13 + a.tool.length) % 11) - ((seed * 7 + b.target.length * 13 + b.tool.length) % 11));
          for (const spot of spots) {
            const result = act(site, visit, actionFor(spot));
            if (result.events[0]?.type === 'action-refused') continue;
            visit = result.visit;
            const checked = result.events.find((e) => e.type === 'checked')!;
            if (checked.type !== 'checked') throw new Error('no check');
            const at = visit.checks.at(-1)!.at;
            const hiddenHere = site.clues.filter(
              (c) => c.source === spot.tool && visit.placement[c.id] === spot.target && !visit.evidence.includes(c.id) && visit.hiddenFrom[c.id] !== undefined && visit.hiddenFrom[c.id]! <= at,
            );
            expect(checked.hidden).toEqual([...new Set(hiddenHere.map((c) => visit.hiddenHow[c.id]))]);
            const readings = whatIsSeen(site, visit, spot.target, spot.tool);
            const plain =
              spot.tool === 'interview' ? site.staff.find((p) => p.id === spot.target)!.plain : site.stations.find((p) => p.id === spot.target)!.tools.find((o) => o.tool === spot.tool)!.plain;
            if (hiddenHere.length > 0) {
              hiddenLooks++;
              checked.hidden.forEach((how) => hows.add(how));
              expect(readings).not.toContainEqual(plain);
              for (const c of hiddenHere) expect(readings).toContainEqual(c.cover);
            }
          }
        }
      }
    }
    expect(hiddenLooks).toBeGreaterThan(100);
    expect([...hows].sort()).toEqual(['manager-at-it', 'story-rehearsed', 'switched-as-you-came', 'switched-before-arrival', 'taken-aside']);
  });

  it('the definition check refuses a clue that can be hidden but has no cover, or whose cover is the plain reading', () => {
    const site = DISGUISED[0]!;
    const withClue = (id: string, change: Partial<SiteClue>): SiteDefinition => ({ ...site, clues: site.clues.map((c) => (c.id === id ? { ...c, ...change } : c)) });
    const bare = siteDefinitionProblems(withClue('miner-hot-boards', { cover: undefined }));
    expect(bare).toEqual([expect.objectContaining({ path: 'clues[2].cover', code: 'hidden-reads-plain' })]);
    expect(bare[0]!.detail).toContain('Nothing unusual on the camera.');
    const plainCover = siteDefinitionProblems(withClue('stories-clash', { cover: STAFF[1]!.plain }));
    expect(plainCover).toEqual([expect.objectContaining({ path: 'clues[10].cover', code: 'cover-reads-plain' })]);
    // A fixed clue is never hidden, so it needs no cover.
    expect(siteDefinitionProblems(withClue('asic-nameplate', { cover: undefined }))).toEqual([]);
  });

  it('honest sites have nothing to hide, so nobody hurries anywhere', () => {
    for (const site of HONEST) {
      for (const seed of SEEDS.slice(0, 50)) {
        const visit = scriptedInspector(site, seed, 'hard', false);
        expect(visit.hiddenFrom).toEqual({});
      }
    }
  });
});

describe('announced and unannounced visits', () => {
  it('for every seed, an announced visit shows no clue an unannounced one would hide, and fewer live clues on average', () => {
    for (const site of DISGUISED) {
      for (const difficulty of SITE_DIFFICULTIES) {
        const announcedLive: number[] = [];
        const surpriseLive: number[] = [];
        for (const seed of SEEDS) {
          const a = liveAtArrival(site, start(site, seed, difficulty, true));
          const u = liveAtArrival(site, start(site, seed, difficulty, false));
          for (const id of a) expect(u).toContain(id);
          announcedLive.push(a.length);
          surpriseLive.push(u.length);
        }
        expect(mean(announcedLive)).toBeLessThan(mean(surpriseLive));
      }
    }
  });

  it('an announced visit finds every console already on the show system: the switch is never caught, the process list shows the show program', () => {
    for (const site of DISGUISED) {
      for (const difficulty of SITE_DIFFICULTIES) {
        for (const seed of SEEDS) {
          const { visit: arrived, events } = createSiteVisit(site, { difficulty, announced: true }, seedFrom(seed));
          expect(events).toEqual([{ type: 'arrived', announced: true, switching: null }]);
          expect(arrived.switchAt).toBe(0);
          const visit = consolesFirst(site, seed, difficulty, true);
          expect(visit.evidence).not.toContain('screen-flick');
          expect(visit.evidence).not.toContain('miner-process');
          const console_ = visit.placement['miner-process']!;
          expect(whatIsSeen(site, visit, console_, 'process-list')).toEqual([site.clues.find((c) => c.id === 'miner-process')!.cover]);
          expect(hiddenAt(site, visit, console_, 'process-list')).toEqual(['switched-before-arrival']);
        }
      }
    }
  });

  it('on standard, a surprise visit that goes to the consoles first catches the switch on at least half the seeds', () => {
    for (const site of DISGUISED) {
      const caught = SEEDS.filter((seed) => consolesFirst(site, seed, 'standard', false).evidence.includes('screen-flick')).length;
      expect(caught / SEEDS.length).toBeGreaterThanOrEqual(0.5);
      // Not a certainty: a stall at the console, or the wrong console first, lets the staff finish.
      expect(caught).toBeLessThan(SEEDS.length);
    }
  });

  it('a surprise visit that starts at the records and the research screen finds the switch done on standard and hard', () => {
    const site = DISGUISED[0]!;
    for (const difficulty of ['standard', 'hard'] as const) {
      for (const seed of SEEDS) {
        let visit = start(site, seed, difficulty, false);
        for (const action of [
          { type: 'use-tool', stationId: 'research-screen', tool: 'inspect-research' },
          { type: 'use-tool', stationId: 'office', tool: 'read-records' },
        ] as const) visit = act(site, visit, action).visit;
        expect(visit.timeUsed).toBeGreaterThanOrEqual(SITE_DIFFICULTY_SETTINGS[difficulty].switchMinutes.most);
        for (const console_ of CONSOLES) visit = act(site, visit, { type: 'use-tool', stationId: console_, tool: 'process-list' }).visit;
        expect(visit.evidence).not.toContain('screen-flick');
        expect(visit.evidence).not.toContain('miner-process');
        expect(hiddenAt(site, visit, visit.placement['miner-process']!, 'process-list')).toEqual(['switched-as-you-came']);
      }
    }
  });

  it('the staff hurry to the console on a surprise arrival, and the switch is told once, as it happens, caught or not', () => {
    for (const site of DISGUISED) {
      for (const difficulty of SITE_DIFFICULTIES) {
        for (const seed of SEEDS.slice(0, 50)) {
          const { visit: arrived, events: arrival } = createSiteVisit(site, { difficulty, announced: false }, seedFrom(seed));
          const { least, most } = SITE_DIFFICULTY_SETTINGS[difficulty].switchMinutes;
          expect(arrived.switchAt).toBeGreaterThanOrEqual(least);
          expect(arrived.switchAt).toBeLessThanOrEqual(most);
          expect(arrival).toEqual([{ type: 'arrived', announced: false, switching: arrived.placement['screen-flick'] }]);
          let visit = arrived;
          const switches: SiteEvent[] = [];
          for (const spot of checklist(site)) {
            const result = act(site, visit, actionFor(spot));
            visit = result.visit;
            switches.push(...result.events.filter((e) => e.type === 'consoles-switched'));
          }
          expect(visit.timeUsed).toBeGreaterThanOrEqual(arrived.switchAt!);
          const caught = visit.evidence.includes('screen-flick');
          expect(switches).toEqual([{ type: 'consoles-switched', target: arrived.placement['screen-flick'], at: visit.switchAt, caught }]);
          // Caught at the console, the operator flips it there and then; otherwise at the drawn minute.
          if (caught) expect(visit.switchAt).toBeLessThanOrEqual(arrived.switchAt!);
          else expect(visit.switchAt).toBe(arrived.switchAt);
        }
      }
    }
  });

  it('a scripted inspector sees fewer mining clues on average when the visit was announced', () => {
    // Compared on the mean, not seed by seed: reactions during the visit draw from the site's own
    // generator, so one announced visit can happen to see more than its unannounced twin.
    for (const site of DISGUISED) {
      for (const difficulty of SITE_DIFFICULTIES) {
        const announced = SEEDS.map((seed) => miningSeen(site, scriptedInspector(site, seed, difficulty, true)));
        const surprise = SEEDS.map((seed) => miningSeen(site, scriptedInspector(site, seed, difficulty, false)));
        expect(mean(announced)).toBeLessThan(mean(surprise));
      }
    }
  });

  it('a harder setting never shows a clue an easier one would hide, gives less time, and staff stall more', () => {
    for (const site of DISGUISED) {
      for (const seed of SEEDS) {
        for (const announced of [true, false]) {
          const easy = liveAtArrival(site, start(site, seed, 'easy', announced));
          const standard = liveAtArrival(site, start(site, seed, 'standard', announced));
          const hard = liveAtArrival(site, start(site, seed, 'hard', announced));
          for (const id of hard) expect(standard).toContain(id);
          for (const id of standard) expect(easy).toContain(id);
        }
      }
      expect(site.timeBudget.hard).toBeLessThan(site.timeBudget.standard);
      expect(site.timeBudget.standard).toBeLessThan(site.timeBudget.easy);
    }
    const [easy, standard, hard] = SITE_DIFFICULTIES.map((d) => SITE_DIFFICULTY_SETTINGS[d]);
    expect(easy!.stallChance).toBeLessThan(standard!.stallChance);
    expect(standard!.stallChance).toBeLessThan(hard!.stallChance);
  });
});

describe('the supervisor and the finding', () => {
  it('every disguised site is proven by a scripted inspector, for seeds 0-199 on every difficulty, announced or not', () => {
    for (const site of DISGUISED) {
      for (const { difficulty, announced } of MODES) {
        for (const seed of SEEDS) {
          const visit = scriptedInspector(site, seed, difficulty, announced);
          expect(visit.filed?.conclusion, `${site.id} seed ${seed} ${difficulty} ${announced ? 'announced' : 'unannounced'}`).toBe('mining-disguised');
          expect(visit.filed?.review.accepted).toBe(true);
          expect(visit.filed?.review.kinds.length).toBeGreaterThanOrEqual(2);
          expect(scoreVisit(site, visit).verdict).toBe('mining-proven');
        }
      }
    }
  });

  it('no honest site is ever proven guilty: the scripted inspector never accuses, and even all it saw is sent back', () => {
    for (const site of HONEST) {
      for (const { difficulty, announced } of MODES) {
        for (const seed of SEEDS) {
          const visit = scriptedInspector(site, seed, difficulty, announced);
          expect(visit.filed?.conclusion).not.toBe('mining-disguised');
          expect(supervisorReview(site, visit.evidence, 'mining-disguised').accepted).toBe(false);
        }
      }
    }
  });

  it('no report drawn from an honest site\'s clues, however chosen, proves it guilty', () => {
    for (const site of HONEST) {
      fc.assert(
        fc.property(fc.subarray(site.clues.map((c) => c.id)), (report) => {
          expect(supervisorReview(site, report, 'mining-disguised').accepted).toBe(false);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('the scripted inspector clears the AI lab and refers the wasteful data centre for an efficiency review', () => {
    for (const { difficulty, announced } of MODES) {
      for (const seed of SEEDS.slice(0, 50)) {
        expect(scoreVisit(aiLab, scriptedInspector(aiLab, seed, difficulty, announced)).verdict).toBe('honest-cleared');
        expect(scoreVisit(wastefulCentre, scriptedInspector(wastefulCentre, seed, difficulty, announced)).verdict).toBe('waste-referred');
      }
    }
  });

  it('an accusation resting on one weak clue is sent back as a hunch', () => {
    const site = DISGUISED[0]!;
    expect(supervisorReview(site, ['flat-year'], 'mining-disguised')).toEqual({ accepted: false, reason: 'only-weak-clues', kinds: ['power'], strongKinds: [] });
    expect(supervisorReview(site, [], 'mining-disguised').reason).toBe('no-evidence');
  });

  it('weak clues in many kinds are still a hunch: a flat load, a high bill and a clash of stories fit a wasteful data centre too', () => {
    const site = DISGUISED[0]!;
    const review = supervisorReview(site, ['flat-year', 'bill-vs-declared', 'stories-clash', 'miner-hot-boards'], 'mining-disguised');
    expect(review.accepted).toBe(false);
    expect(review.reason).toBe('only-weak-clues');
    expect(review.kinds).toEqual(['power', 'people', 'paperwork']);
  });

  it('evidence of one kind is never enough, however strong, and one strong clue needs two more kinds behind it', () => {
    const site = DISGUISED[0]!;
    expect(supervisorReview(site, ['miner-process', 'boot-menu', 'looping-loss'], 'mining-disguised').reason).toBe('one-kind-only');
    expect(supervisorReview(site, ['asic-nameplate', 'flat-year'], 'mining-disguised').reason).toBe('too-few-kinds');
    expect(supervisorReview(site, ['asic-nameplate', 'flat-year', 'bill-vs-declared'], 'mining-disguised').accepted).toBe(true);
    expect(supervisorReview(site, ['asic-nameplate', 'boot-menu'], 'mining-disguised')).toEqual({
      accepted: true,
      reason: 'corroborated',
      kinds: ['hardware', 'software'],
      strongKinds: ['hardware', 'software'],
    });
  });

  it('evidence counts by how it was gathered: the thermal camera and the meter are one kind, power', () => {
    const site = DISGUISED[0]!;
    const kind = (id: string) => evidenceKindOf(site.clues.find((c) => c.id === id)!);
    expect(kind('miner-hot-boards')).toBe(kind('miner-full-draw'));
    expect(kind('flat-year')).toBe('power');
    expect(EVIDENCE_KINDS).toHaveLength(6);
  });

  it('strong evidence the other way contradicts a report, while a weak clue the other way does not', () => {
    expect(supervisorReview(aiLab, ['long-run-flat', 'papers'], 'mining-disguised').reason).toBe('contradicted');
    const site = DISGUISED[0]!;
    expect(supervisorReview(site, ['asic-nameplate', 'boot-menu', 'show-gpus'], 'mining-disguised').accepted).toBe(true);
    expect(supervisorReview(site, ['show-gpus'], 'honest').reason).toBe('only-weak-clues');
  });

  it('clearing a site needs positive evidence of real work from two kinds; a referral needs shown waste and shown real work', () => {
    expect(supervisorReview(aiLab, ['papers'], 'honest').reason).toBe('one-kind-only');
    expect(supervisorReview(aiLab, ['papers', 'gpu-nameplates'], 'honest').accepted).toBe(true);
    expect(supervisorReview(wastefulCentre, ['hot-aisles'], 'inefficient-refer').reason).toBe('no-real-work-shown');
    expect(supervisorReview(wastefulCentre, ['old-servers', 'customer-contracts'], 'inefficient-refer').reason).toBe('only-weak-clues');
    expect(supervisorReview(wastefulCentre, ['hot-aisles', 'customer-contracts'], 'inefficient-refer').accepted).toBe(true);
    expect(supervisorReview(aiLab, ['papers', 'real-jobs'], 'inefficient-refer').reason).toBe('no-evidence');
  });
});

/** What a visit came to and what it earned, with this file's verdict points. */
const scoreVisit = (site: SiteDefinition, visit: SiteVisit) => {
  const verdict = visitVerdict(site, visit);
  return { verdict, outcomes: VERDICTS[verdict] };
};

describe('scoring and the case file', () => {
  it('an evidence-backed finding beats a hunch, which the supervisor sends back', () => {
    const site = DISGUISED[0]!;
    for (const seed of SEEDS) {
      const backed = scriptedInspector(site, seed, 'standard', false);
      let hunch = start(site, seed, 'standard', false);
      hunch = act(site, hunch, { type: 'use-tool', stationId: 'substation', tool: 'read-substation' }).visit;
      hunch = fileReport(site, hunch, ['flat-year'], 'mining-disguised');
      expect(scoreVisit(site, hunch).verdict).toBe('report-sent-back');
      expect(outcomesDominate(scoreVisit(site, backed).outcomes, scoreVisit(site, hunch).outcomes)).toBe(true);
    }
  });

  it('a false accusation scores below doing nothing, on every honest site, whatever the report holds', () => {
    for (const site of HONEST) {
      for (const seed of SEEDS) {
        const seenAll = scriptedInspector(site, seed, 'easy', false);
        const accused = fileReport(site, { ...seenAll, filed: null, report: [] }, seenAll.evidence.filter((id) => site.clues.find((c) => c.id === id)?.indicates === 'mining'), 'mining-disguised');
        const shrugged = fileReport(site, { ...seenAll, filed: null, report: [] }, [], 'inconclusive');
        const walkedOut = { ...seenAll, filed: null };
        expect(scoreVisit(site, accused).verdict).toBe('honest-accused');
        expect(outcomesDominate(scoreVisit(site, shrugged).outcomes, scoreVisit(site, accused).outcomes)).toBe(true);
        expect(outcomesDominate(scoreVisit(site, walkedOut).outcomes, scoreVisit(site, accused).outcomes)).toBe(true);
      }
    }
  });

  it('clearing a mining hall as honest is missing the miners, whether or not the supervisor lets it through, and records the risk', () => {
    const site = DISGUISED[0]!;
    for (const seed of SEEDS.slice(0, 50)) {
      const seenAll = scriptedInspector(site, seed, 'easy', true);
      const showEvidence = seenAll.evidence.filter((id) => site.clues.find((c) => c.id === id)?.indicates === 'real-work');
      for (const conclusion of ['honest', 'inefficient-refer'] as const) {
        const cleared = fileReport(site, { ...seenAll, filed: null, report: [] }, showEvidence, conclusion);
        expect(cleared.filed?.review.accepted).toBe(false);
        expect(scoreVisit(site, cleared).verdict).toBe('mining-missed');
      }
    }
    expect(VERDICTS['mining-missed'].some((o) => o.risk?.id === 'R4' && o.risk.kind === 'fell')).toBe(true);
  });

  it('the test verdicts teach the lesson on every lesson they touch: proof beats a true hunch, a true hunch beats walking out, walking out beats clearing miners', () => {
    const d = (a: SiteVerdict, b: SiteVerdict) => outcomesDominate(VERDICTS[a], VERDICTS[b]);
    expect(d('mining-proven', 'report-sent-back')).toBe(true);
    expect(d('report-sent-back', 'miners-unreported')).toBe(true);
    expect(d('miners-unreported', 'mining-missed')).toBe(true);
    expect(d('nothing-filed', 'honest-accused')).toBe(true);
    expect(d('waste-referred', 'waste-overlooked')).toBe(true);
    // Points on different lessons never compare: neither side dominates.
    expect(outcomesDominate([VERDICTS['honest-cleared'][0]!], VERDICTS['mining-proven'])).toBe(false);
    expect(outcomesDominate(VERDICTS['mining-proven'], [VERDICTS['honest-cleared'][0]!])).toBe(false);
  });

  it('a level whose verdict points teach the wrong lesson is refused, naming the verdicts', () => {
    for (const truth of ['mining-disguised', 'honest-ai-lab', 'honest-inefficient'] as const) expect(verdictPointProblems(truth, VERDICTS)).toEqual([]);
    // The finding as the measurements found it: a true hunch cost on integrity, below walking out;
    // clearing the miners cost 5 with no risk; nothing to earn on integrity, so walking out scored 100.
    const old: Record<SiteVerdict, Outcome[]> = {
      ...VERDICTS,
      'mining-proven': [VERDICTS['mining-proven'][0]!],
      'honest-cleared': [VERDICTS['honest-cleared'][0]!],
      'report-sent-back': [{ ...VERDICTS['report-sent-back'][0]!, lesson: 'LS3', points: -5 }],
      'mining-missed': [{ ...VERDICTS['mining-missed'][0]!, points: -5, risk: undefined }],
    };
    const mining = verdictPointProblems('mining-disguised', old);
    expect(mining.map((p) => [p.path, p.code])).toEqual([
      ['verdicts.report-sent-back', 'verdict-points-out-of-order'],
      ['verdicts.miners-unreported', 'verdict-points-out-of-order'],
      ['verdicts.mining-missed', 'verdict-risk-missing'],
    ]);
    expect(mining[0]!.detail).toContain('report-sent-back: LS3 -5; miners-unreported: LS1 -10');
    const accusing = { ...VERDICTS, 'honest-accused': [{ ...VERDICTS['honest-accused'][0]!, points: 5 }] };
    expect(verdictPointProblems('honest-ai-lab', accusing).map((p) => p.path)).toEqual(['verdicts.nothing-filed']);
    const lazy = { ...VERDICTS, 'nothing-filed': [...VERDICTS['nothing-filed'], { ...VERDICTS['honest-cleared'][1]! }] };
    expect(verdictPointProblems('honest-ai-lab', lazy)).toEqual([expect.objectContaining({ path: 'verdicts.nothing-filed', code: 'walking-out-scores' })]);
  });

  it('the approach must be scored where the site hides anything, with the surprise visit ahead', () => {
    const site = DISGUISED[0]!;
    const ten = VERDICTS['mining-proven'][0]!;
    expect(approachPointProblems(site, undefined)).toEqual([expect.objectContaining({ path: 'approach', code: 'approach-unscored' })]);
    expect(approachPointProblems(site, { unannounced: [{ ...ten, points: 10 }], announced: [{ ...ten, points: -5 }] })).toEqual([]);
    expect(approachPointProblems(site, { unannounced: [{ ...ten, points: 0 }], announced: [{ ...ten, points: 0 }] })).toEqual([expect.objectContaining({ code: 'approach-out-of-order' })]);
    // An honest site hides nothing: announcing it costs nothing, so no approach is needed.
    expect(approachPointProblems(aiLab, undefined)).toEqual([]);
  });

  it('the case file is a small JSON record of the finding and the kinds of evidence behind it', () => {
    const site = DISGUISED[0]!;
    const visit = scriptedInspector(site, 11, 'hard', true);
    const entry = siteCaseRecord(site, visit);
    expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
    expect(entry).toMatchObject({ siteId: 'genesis-hall', truth: 'mining-disguised', announced: true, difficulty: 'hard', conclusion: 'mining-disguised', accepted: true, reason: 'corroborated', verdict: 'mining-proven' });
    expect(entry.report.map((r) => r.clueId)).toEqual(visit.report);
    expect(entry.kinds.length).toBeGreaterThanOrEqual(2);
    // Announced on hard, the site switched everything live away before the inspector came.
    expect(entry.hiddenFromInspector).toEqual(expect.arrayContaining(['miner-process', 'stratum-traffic', 'screen-flick']));
    expect(JSON.stringify(entry).length).toBeLessThan(1500);
  });
});
