import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LessonId, LocalText, Outcome, RiskId, SourceLines } from '../../src/core/level';
import {
  auditDesk,
  allRules,
  breachesOf,
  caseFile,
  consequenceTimeline,
  deskStep,
  deskTally,
  findField,
  inbox,
  isOnDesk,
  judgeCrossCheck,
  minutesLeft,
  openDesk,
  replayDesk,
  rulesInForce,
  visibleDocuments,
  VERDICTS,
  type Application,
  type DeskAction,
  type DeskField,
  type DeskState,
  type ReviewDesk,
  type Verdict,
} from '../../src/core/review-desk';

// ---- A small desk: 2017, two days, four applications -----------------------------------------

const t = (en: string, ja: string, zh: string): LocalText => ({ en, ja, zh });
const outcome = (lesson: LessonId, points: number, text: LocalText, sourceLines: SourceLines = [], risk?: { id: RiskId; kind: 'spotted' | 'fell' }): Outcome =>
  risk ? { lesson, points, text, sourceLines, risk } : { lesson, points, text, sourceLines };

const L = {
  total: t('Total investment', '総投資額', '总投资'),
  subsidy: t('Subsidy requested', '申請補助金', '申请补贴'),
  annual: t('Declared annual use', '申告年間使用量', '申报年用电量'),
  profile: t('Load profile', '負荷パターン', '负荷曲线'),
  review: t('Energy review', '省エネ審査', '节能审查'),
  category: t('Industry category', '産業分類', '产业类别'),
  approval: t('Environmental approval', '環境承認', '环评批复'),
  introduced: t('Introduced by', '紹介者', '引荐人'),
  disclosure: t('Conflict-of-interest disclosure', '利益相反の申告', '利益冲突申报'),
  photo: t('Site photo', '現場写真', '现场照片'),
};

const doc = {
  budget: t('Budget and financing', '予算・資金計画', '预算与融资'),
  subsidy: t('Subsidy and loan-guarantee request', '補助金・融資保証申請', '补贴及贷款担保申请'),
  energy: t('Energy assessment', 'エネルギー評価書', '能耗评估'),
  policy: t('Industrial-policy category', '産業政策分類', '产业政策类别'),
  env: t('Environmental impact assessment', '環境影響評価', '环境影响评价'),
  related: t('Related parties', '関係者の開示', '关联方披露'),
  photos: t('Site photos', '現場写真', '现场照片'),
  letters: t('Letters of support', '支援の手紙', '支持函'),
};

const field = (id: string, label: LocalText, value: LocalText, machine: Partial<Pick<DeskField, 'number' | 'category' | 'revealedBy'>> = {}): DeskField => ({ id, label, value, ...machine });

function makeDesk(): ReviewDesk {
  const genesis: Application = {
    id: 'genesis',
    applicant: t('Fuzhou Genesis', '抚州創世記', '抚州创世纪'),
    project: t('Big-data and AI computing centre: key-enterprise status', 'ビッグデータ・AI計算センター：重点企業の認定', '大数据与人工智能计算中心：重点企业认定'),
    arrivesOnDay: 0,
    documents: [
      { id: 'budget', kind: 'budget', title: doc.budget, sourceLines: [26], fields: [field('total', L.total, t('100 million yuan', '1億元', '1亿元'), { number: 100_000_000 })] },
      { id: 'subsidy', kind: 'subsidy-request', title: doc.subsidy, sourceLines: [27], fields: [field('amount', L.subsidy, t('40 million yuan', '4,000万元', '4000万元'), { number: 40_000_000 })] },
      {
        id: 'energy',
        kind: 'energy-assessment',
        title: doc.energy,
        sourceLines: [34, 76],
        fields: [
          field('annual-kwh', L.annual, t('4.8 million kWh', '480万kWh', '480万千瓦时'), { number: 4_800_000 }),
          field('profile', L.profile, t('Office hours; little at night', '勤務時間帯、夜間はわずか', '办公时间，夜间很少')),
          field('review', L.review, t('Not needed: below the threshold', '不要（基準値未満）', '无需审查（低于门槛）'), { category: 'not-needed' }),
        ],
      },
      {
        id: 'bills',
        kind: 'further-information',
        title: t('Power bills of the pilot hall', '試験ホールの電気料金明細', '试点机房电费单'),
        sourceLines: [34],
        revealedBy: 'power-bills',
        fields: [field('metered-kwh', t('Metered, last 12 months', '過去12か月の計量値', '近12个月计量用电'), t('74.75 million kWh', '7,475万kWh', '7475万千瓦时'), { number: 74_750_000 })],
      },
      { id: 'policy', kind: 'industrial-policy', title: doc.policy, sourceLines: [31], fields: [field('category', L.category, t('Big-data and AI research', 'ビッグデータ・AI研究', '大数据与人工智能研究'), { category: 'big-data' })] },
      { id: 'env', kind: 'environmental-assessment', title: doc.env, sourceLines: [76], fields: [field('approval', L.approval, t('Approved as office use', '事務所用途として承認', '按办公用途批复'), { category: 'approved' })] },
      {
        id: 'related',
        kind: 'related-parties',
        title: doc.related,
        sourceLines: [26, 69],
        fields: [
          field('introduced-by', L.introduced, t('Office of the Party Secretary', '市委書記弁公室', '市委书记办公室'), { category: 'official' }),
          field('disclosure', L.disclosure, t('None filed', '提出なし', '未申报'), { category: 'none' }),
        ],
      },
      { id: 'photos', kind: 'site-photos', title: doc.photos, sourceLines: [30, 31], fields: [field('hall', L.photo, t('Rows of identical metal boxes with two fans each; no screens, no keyboards', '同じ金属の箱が並び、それぞれにファンが二つ。画面もキーボードもない', '一排排相同的金属机箱，每台两个风扇；没有显示器，也没有键盘'))] },
      {
        id: 'interview',
        kind: 'interview-notes',
        title: t('Interview notes', '面談記録', '约谈记录'),
        sourceLines: [29, 31],
        revealedBy: 'interview',
        fields: [field('workload', t('What the machines do', '機械の用途', '机器用途'), t('Asked which AI models they train, the manager says the machines "compute hashes for clients".', 'どのAIモデルを訓練しているか尋ねると、責任者は「顧客のためにハッシュを計算している」と答えた。', '问及训练哪些人工智能模型，负责人说机器在"为客户计算哈希值"。'))],
      },
    ],
    inquiries: [
      { id: 'power-bills', kind: 'request-information', label: t('Ask for the pilot hall\'s power bills', '試験ホールの電気料金明細を求める', '调取试点机房电费单'), answer: t('The grid company sends twelve months of meter readings.', '電力会社が12か月分の検針記録を送ってきた。', '供电公司送来了十二个月的抄表记录。'), minutes: 60 },
      { id: 'interview', kind: 'interview', label: t('Interview the site manager', '現場責任者と面談する', '约谈现场负责人'), answer: t('The manager answers briefly and keeps looking at his phone.', '責任者は短く答え、ずっと携帯電話を見ている。', '负责人回答简短，一直在看手机。'), minutes: 90 },
    ],
    gift: {
      text: t('A red envelope with 20,000 yuan "for tea", tucked behind the budget', '予算書の後ろに「お茶代」として2万元入りの紅包', '预算表后面夹着一个装有2万元的红包，说是"茶水费"'),
      valueYuan: 20_000,
      sourceLines: [69, 70],
      outcomes: {
        returned: [outcome('LS3', 10, t('You sent the envelope back.', '紅包を送り返した。', '你退回了红包。'), [79])],
        kept: [outcome('LS3', -30, t('You kept money from an applicant under review.', '審査中の申請者から金を受け取った。', '你收下了正在审查的申请人的钱。'), [70, 79], { id: 'R3', kind: 'fell' })],
        'handed-in': [outcome('LS3', 15, t('You handed the envelope to the discipline commission, on record.', '紅包を規律検査委員会に提出し、記録に残した。', '你把红包上交纪委，留档在案。'), [54, 79])],
      },
    },
    truth: {
      legitimate: false,
      corrupt: true,
      curable: false,
      discrepancies: [
        {
          id: 'subsidy-over-cap',
          rule: 'subsidy-cap',
          between: ['subsidy.amount', 'budget.total'],
          explanation: t('40 million is 40% of 100 million; the cap is 30%.', '4,000万元は1億元の40%。上限は30%だ。', '4000万元占1亿元的40%，上限是30%。'),
          found: outcome('LS1', 10, t('You found the subsidy above the cap.', '上限を超える補助金を見つけた。', '你发现补贴超过上限。'), [27, 70], { id: 'R3', kind: 'spotted' }),
        },
        {
          id: 'use-understated',
          rule: 'metered-use',
          between: ['energy.annual-kwh', 'bills.metered-kwh'],
          explanation: t('The pilot hall alone metered 74.75 million kWh; 4.8 million was declared.', '試験ホールだけで7,475万kWhを計量。申告は480万kWhだった。', '仅试点机房就计量了7475万千瓦时，申报却只有480万。'),
          found: outcome('LS4', 10, t('You caught the declared use against the meter: the city\'s homes would pay for it.', '申告量を計量値と照合した。そのつけは市民の家庭に回るところだった。', '你用电表数据揭穿了申报用量：否则代价会落在居民家里。'), [28, 34], { id: 'R4', kind: 'spotted' }),
        },
        {
          id: 'undisclosed-introduction',
          rule: 'conflict-disclosure',
          between: ['related.introduced-by', 'related.disclosure'],
          explanation: t('An official introduced the project and no disclosure was filed.', '役人が紹介したのに、利益相反の申告がない。', '官员引荐了项目，却没有提交利益冲突申报。'),
          found: outcome('LS3', 10, t('You found an official\'s introduction with no disclosure.', '申告のない役人の紹介を見つけた。', '你发现官员引荐却未申报。'), [26, 69]),
        },
      ],
      oddities: [],
    },
    consequences: {
      approvedUnsound: [
        { year: 2018, text: t('Genesis meters 74.75 million kWh in a year; homes lose power while the machines run.', '創世記の年間使用量は7,475万kWh。機械が動く間、家庭は停電する。', '创世纪一年用电7475万千瓦时；机器运转时居民家里停电。'), sourceLines: [28, 34] },
        { year: 2019, text: t('A German foundation sues Genesis over unpaid mining equipment.', 'ドイツの基金会が、未払いの採掘機をめぐって創世記を訴える。', '德国一家基金会就未付款的矿机起诉创世纪。'), sourceLines: [48, 49, 50] },
        { year: 2021, text: t('The secretary who backed Genesis is taken away by the discipline commission; the subsidies were for nothing.', '創世記を後押しした書記が規律検査委員会に連行される。補助金は何も残さなかった。', '力挺创世纪的书记被纪委带走；补贴打了水漂。'), sourceLines: [54, 55] },
      ],
      referredCorrupt: [
        { year: 2017, text: t('The discipline commission opens a file on how Genesis was introduced (the game\'s what-if: in history this came in 2021).', '規律検査委員会が創世記の紹介の経緯を調べ始める（ゲームの仮定。史実では2021年）。', '纪委就创世纪的引荐过程立案（游戏中的假设：历史上发生在2021年）。'), sourceLines: [54] },
      ],
    },
  };

  const hospital: Application = {
    id: 'hospital-platform',
    applicant: t('Fuzhou First People\'s Hospital', '抚州市第一人民病院', '抚州市第一人民医院'),
    project: t('Shared medical-records platform for the county clinics', '県内診療所向け共有カルテ基盤', '面向各县诊所的共享病历平台'),
    arrivesOnDay: 0,
    documents: [
      { id: 'budget', kind: 'budget', title: doc.budget, sourceLines: [], fields: [field('total', L.total, t('30 million yuan', '3,000万元', '3000万元'), { number: 30_000_000 })] },
      { id: 'subsidy', kind: 'subsidy-request', title: doc.subsidy, sourceLines: [], fields: [field('amount', L.subsidy, t('9 million yuan', '900万元', '900万元'), { number: 9_000_000 })] },
      {
        id: 'energy',
        kind: 'energy-assessment',
        title: doc.energy,
        sourceLines: [],
        fields: [
          field('annual-kwh', L.annual, t('6.2 million kWh', '620万kWh', '620万千瓦时'), { number: 6_200_000 }),
          field('profile', L.profile, t('Round the clock: wards and emergency never close', '24時間：病棟と救急は閉まらない', '全天候：病房和急诊从不关门')),
          field('review', L.review, t('Passed, provincial energy-review office', '合格（省の省エネ審査機関）', '已通过（省节能审查机构）'), { category: 'passed' }),
        ],
      },
      { id: 'policy', kind: 'industrial-policy', title: doc.policy, sourceLines: [], fields: [field('category', L.category, t('Health data services', '医療データサービス', '医疗数据服务'), { category: 'health-data' })] },
      { id: 'env', kind: 'environmental-assessment', title: doc.env, sourceLines: [], fields: [field('approval', L.approval, t('Approved', '承認済み', '已批复'), { category: 'approved' })] },
      {
        id: 'related',
        kind: 'related-parties',
        title: doc.related,
        sourceLines: [],
        fields: [
          field('introduced-by', L.introduced, t('The deputy mayor for health', '衛生担当副市長', '分管卫生的副市长'), { category: 'official' }),
          field('disclosure', L.disclosure, t('Filed: the deputy mayor holds no stake', '提出済み：副市長は利害関係なし', '已申报：副市长无利益关联'), { category: 'filed' }),
        ],
      },
      { id: 'photos', kind: 'site-photos', title: doc.photos, sourceLines: [], fields: [field('room', L.photo, t('A classroom-sized server room; ordinary servers, screens, a backup tape shelf; half the racks empty for growth', '教室ほどのサーバー室。普通のサーバー、画面、バックアップ用テープ棚。ラックの半分は将来用に空いている', '教室大小的机房：普通服务器、显示器、备份磁带架；一半机柜空着留待扩容'))] },
      { id: 'letters', kind: 'support-letter', title: doc.letters, sourceLines: [], fields: [field('clinics', t('From', '差出人', '来函单位'), t('Twelve county clinics', '県内の12診療所', '十二家县级诊所'))] },
    ],
    inquiries: [
      { id: 'it-director', kind: 'interview', label: t('Interview the IT director', '情報部長と面談する', '约谈信息科主任'), answer: t('She shows the records software and the backup schedule.', '部長はカルテのソフトとバックアップ計画を見せた。', '她展示了病历软件和备份计划。'), minutes: 60 },
    ],
    truth: {
      legitimate: true,
      corrupt: false,
      curable: false,
      discrepancies: [],
      oddities: [
        { id: 'subsidy-at-the-cap', refs: ['subsidy.amount', 'budget.total'], explanation: t('Exactly 30%: at the cap, not above it.', 'ちょうど30%。上限ちょうどで、超えてはいない。', '正好30%：达到上限，但没有超过。') },
        { id: 'runs-all-night', refs: ['energy.profile', 'energy.annual-kwh'], explanation: t('A hospital runs at night; the large use passed an energy review.', '病院は夜も動く。大きな使用量は省エネ審査に合格している。', '医院夜里也要运转；较大的用电量已通过节能审查。') },
        { id: 'introduced-by-official', refs: ['related.introduced-by'], explanation: t('An official introduced it, and the disclosure is on file.', '役人の紹介だが、申告は提出されている。', '由官员引荐，但申报已在案。') },
      ],
    },
    consequences: {
      approvedSound: [{ year: 2019, text: t('County clinics read the same patient record; fewer tests are repeated.', '県の診療所が同じカルテを読めるようになり、重複検査が減る。', '各县诊所共享同一份病历，重复检查减少了。'), sourceLines: [] }],
      rejectedSound: [{ year: 2019, text: t('Records stay on paper; patients carry their X-rays from clinic to clinic.', 'カルテは紙のまま。患者はレントゲン写真を持って診療所を回る。', '病历仍是纸质的；病人拿着X光片在诊所之间奔波。'), sourceLines: [] }],
    },
  };

  const fuelCarPlant: Application = {
    id: 'fuel-car-plant',
    applicant: t('Lanjiang Motor Co.', '藍江自動車', '蓝江汽车'),
    project: t('Petrol-car assembly plant', 'ガソリン車組立工場', '燃油车整车厂'),
    arrivesOnDay: 1,
    documents: [
      { id: 'budget', kind: 'budget', title: doc.budget, sourceLines: [36], fields: [field('total', L.total, t('3 billion yuan', '30億元', '30亿元'), { number: 3_000_000_000 })] },
      { id: 'subsidy', kind: 'subsidy-request', title: doc.subsidy, sourceLines: [36], fields: [field('amount', L.subsidy, t('600 million yuan', '6億元', '6亿元'), { number: 600_000_000 })] },
      {
        id: 'energy',
        kind: 'energy-assessment',
        title: doc.energy,
        sourceLines: [],
        fields: [
          field('annual-kwh', L.annual, t('40 million kWh', '4,000万kWh', '4000万千瓦时'), { number: 40_000_000 }),
          field('review', L.review, t('Passed', '合格', '已通过'), { category: 'passed' }),
        ],
      },
      { id: 'policy', kind: 'industrial-policy', title: doc.policy, sourceLines: [36], fields: [field('category', L.category, t('New capacity: petrol passenger cars', '新規生産能力：ガソリン乗用車', '新增产能：燃油乘用车'), { category: 'fuel-vehicle-capacity' })] },
      { id: 'env', kind: 'environmental-assessment', title: doc.env, sourceLines: [], fields: [field('approval', L.approval, t('Approved', '承認済み', '已批复'), { category: 'approved' })] },
      {
        id: 'market',
        kind: 'market-evidence',
        title: t('Market demand', '市場需要', '市场需求'),
        sourceLines: [41, 42],
        fields: [field('orders-share', t('Signed orders or letters of intent', '契約・購入意向書', '已签订单或意向书'), t('For 5% of planned output', '計画生産量の5%分', '占计划产量的5%'), { number: 0.05 })],
      },
    ],
    inquiries: [],
    truth: {
      legitimate: false,
      corrupt: false,
      curable: false,
      discrepancies: [
        {
          id: 'restricted-category',
          rule: 'restricted-industry',
          between: ['policy.category'],
          explanation: t('New petrol-car capacity is restricted while the country moves to new-energy vehicles.', '国が新エネルギー車へ移る中、ガソリン車の新規生産能力は制限対象だ。', '国家推动新能源汽车，新增燃油车产能属于限制类。'),
          found: outcome('LS1', 10, t('You checked the category against industrial policy.', '分類を産業政策と照合した。', '你把类别与产业政策作了比对。'), [36, 76], { id: 'R2', kind: 'spotted' }),
        },
        {
          id: 'no-market-demand',
          rule: 'market-demand',
          between: ['market.orders-share'],
          explanation: t('Orders for 5% of output: the plant would build cars nobody has asked for.', '受注は生産量の5%。誰も求めていない車を造ることになる。', '订单只占产量的5%：工厂造出来的车没人要。'),
          found: outcome('LS2', 10, t('You asked who will buy the cars.', '誰が車を買うのかを問うた。', '你问了：车卖给谁？'), [41, 42, 77], { id: 'R1', kind: 'spotted' }),
        },
      ],
      oddities: [],
    },
    outcomes: {
      approvedUnsound: [
        outcome('LS2', -15, t('A 3 billion yuan plant against national policy and without buyers.', '国の政策に逆らい、買い手もいない30億元の工場。', '违背国家政策、没有买家的30亿元工厂。'), [36, 38], { id: 'R1', kind: 'fell' }),
        outcome('LS1', -10, t('The category was there to check, and was not.', '分類は照合できたのに、されなかった。', '类别本可以核对，却没有核对。'), [76], { id: 'R2', kind: 'fell' }),
      ],
    },
    consequences: {
      approvedUnsound: [
        { year: 2018, text: t('The plant stops production as soon as it starts; the losses stay with the city budget.', '工場は生産開始と同時に生産停止。損失は市の財政に残る。', '工厂一投产就停产；亏损留给了市财政。'), sourceLines: [36, 38] },
      ],
      rejectedReasoned: [{ year: 2018, text: t('The land is kept for industry that fits the region\'s plan.', '用地は地域の計画に合う産業のために残される。', '这块地留给了符合本地规划的产业。'), sourceLines: [] }],
    },
  };

  const busLanes: Application = {
    id: 'bus-priority-lanes',
    applicant: t('Fuzhou Public Transport Group', '抚州公共交通グループ', '抚州公交集团'),
    project: t('Bus-priority lanes on four trunk roads', '幹線道路4本のバス優先レーン', '四条主干道公交优先道'),
    arrivesOnDay: 0,
    documents: [
      { id: 'budget', kind: 'budget', title: doc.budget, sourceLines: [], fields: [field('total', L.total, t('180 million yuan', '1億8,000万元', '1.8亿元'), { number: 180_000_000 })] },
      { id: 'subsidy', kind: 'subsidy-request', title: doc.subsidy, sourceLines: [], fields: [field('amount', L.subsidy, t('50 million yuan', '5,000万元', '5000万元'), { number: 50_000_000 })] },
      { id: 'policy', kind: 'industrial-policy', title: doc.policy, sourceLines: [], fields: [field('category', L.category, t('Public transport', '公共交通', '公共交通'), { category: 'public-transport' })] },
      { id: 'env', kind: 'environmental-assessment', title: doc.env, sourceLines: [], fields: [field('approval', L.approval, t('Exempt: paint and signs on existing roads', '免除：既存道路の塗装と標識のみ', '豁免：仅在现有道路上划线和设标志'), { category: 'exempt' })] },
      {
        id: 'related',
        kind: 'related-parties',
        title: doc.related,
        sourceLines: [],
        fields: [
          field('introduced-by', L.introduced, t('The city transport bureau', '市交通局', '市交通局'), { category: 'department' }),
          field('disclosure', L.disclosure, t('None filed', '提出なし', '未申报'), { category: 'none' }),
        ],
      },
      { id: 'letters', kind: 'support-letter', title: doc.letters, sourceLines: [], fields: [field('shops', t('From', '差出人', '来函单位'), t('Shopkeepers on Gandong Road: in favour, if loading bays stay', '赣東路の商店主：荷さばき場が残るなら賛成', '赣东路商户：只要保留装卸车位就支持'))] },
    ],
    inquiries: [],
    truth: {
      legitimate: true,
      corrupt: false,
      curable: false,
      discrepancies: [],
      oddities: [
        { id: 'no-environmental-report', refs: ['env.approval'], explanation: t('Paint on existing roads needs no full assessment: exempt is a pass.', '既存道路の塗装に完全な評価は不要。免除は合格だ。', '在现有道路上划线无需完整环评：豁免即合格。') },
        { id: 'no-disclosure', refs: ['related.disclosure', 'related.introduced-by'], explanation: t('A bureau, not an official, introduced it: no disclosure is owed.', '紹介したのは役人個人ではなく部局。申告の義務はない。', '引荐的是部门而非官员个人：无需申报。') },
      ],
    },
    consequences: {
      approvedSound: [{ year: 2019, text: t('Buses run on time on the priority lanes, and the shops along them keep their customers.', '優先レーンのバスは時間通りに走り、沿道の店は客を失わない。', '公交在优先道上准点运行，沿线商铺客流不减。'), sourceLines: [] }],
      rejectedSound: [{ year: 2018, text: t('The modest plan is shelved and a 3.5 billion yuan BRT goes ahead; traffic nearly seizes up, shops decline and a Walmart closes.', '控えめな案は棚上げされ、35億元のBRTが進む。交通はほぼ麻痺し、商店は衰え、ウォルマートが閉店する。', '稳妥的方案被搁置，35亿元的BRT上马；交通几近瘫痪，商铺萧条，沃尔玛关门。'), sourceLines: [37, 38] }],
    },
  };

  return {
    id: 'key-enterprise-desk',
    year: 2017,
    days: 2,
    minutesPerDay: 480,
    falseCheckMinutes: 30,
    giftLimitYuan: 5_000,
    rulebook: [
      { id: 'subsidy-cap', text: t('A subsidy may be at most 30% of the total investment.', '補助金は総投資額の30%を上限とする。', '补贴不得超过总投资的30%。'), sourceLines: [27, 70], test: { kind: 'max-share', field: 'subsidy.amount', of: 'budget.total', share: 0.3 } },
      { id: 'energy-review', text: t('Above 5 million kWh a year, a passed energy review is required.', '年間500万kWhを超える事業には、合格した省エネ審査が必要。', '年用电超过500万千瓦时的项目，必须通过节能审查。'), sourceLines: [62, 76], test: { kind: 'requires-if-above', field: 'energy.annual-kwh', above: 5_000_000, requires: 'energy.review', oneOf: ['passed'] } },
      { id: 'metered-use', text: t('Declared annual use must match the meter of any pilot already running, within 10%.', '申告年間使用量は、稼働中の試験設備の計量値と10%以内で一致しなければならない。', '申报年用电量须与已运行试点的计量值相符，误差不超过10%。'), sourceLines: [34, 64], test: { kind: 'agree', field: 'energy.annual-kwh', other: 'bills.metered-kwh', tolerance: 0.1 } },
      { id: 'restricted-industry', text: t('No new capacity in restricted or eliminated industries: virtual-currency mining, new petrol-car plants.', '制限・淘汰産業（仮想通貨の採掘、新規ガソリン車工場）の新規生産能力は認めない。', '限制类、淘汰类产业（虚拟货币挖矿、新建燃油车厂）不得新增产能。'), sourceLines: [36, 76], test: { kind: 'not-in', field: 'policy.category', list: ['crypto-mining', 'fuel-vehicle-capacity'] } },
      { id: 'environmental-approval', text: t('An environmental approval (or an exemption) is required.', '環境承認（または免除）が必要。', '须有环评批复（或豁免）。'), sourceLines: [76, 82], test: { kind: 'one-of', field: 'env.approval', list: ['approved', 'exempt'] } },
      { id: 'conflict-disclosure', text: t('A project introduced by an official needs a filed conflict-of-interest disclosure.', '役人が紹介した事業には、利益相反の申告が必要。', '由官员引荐的项目，须提交利益冲突申报。'), sourceLines: [69, 79], test: { kind: 'requires-if-in', field: 'related.introduced-by', in: ['official'], requires: 'related.disclosure', oneOf: ['filed'] } },
    ],
    bulletins: [
      {
        id: 'demand-evidence',
        day: 1,
        text: t('From today: new manufacturing capacity must show real demand.', '本日より：新たな製造能力には実需の証明を求める。', '自今日起：新增制造产能须证明有真实需求。'),
        sourceLines: [77, 78],
        rules: [{ id: 'market-demand', text: t('Signed orders or letters of intent for at least 30% of planned output.', '計画生産量の30%以上の契約または購入意向書。', '已签订单或意向书须覆盖计划产量的30%以上。'), sourceLines: [41, 42, 77], test: { kind: 'at-least', field: 'market.orders-share', min: 0.3 } }],
      },
    ],
    applications: [genesis, hospital, fuelCarPlant, busLanes],
    calls: [
      {
        id: 'secretary-genesis',
        day: 0,
        applicationId: 'genesis',
        from: t('Office of the Party Secretary', '市委書記弁公室', '市委书记办公室'),
        text: t('The Secretary takes a personal interest in Genesis. Approve it this week; we will send someone to help with your paperwork.', '書記は創世記に個人的な関心をお持ちだ。今週中に承認を。書類仕事の手伝いを送る。', '书记亲自关心创世纪项目。这周批下来，我们派人帮你处理材料。'),
        wants: 'approve',
        timeBonusMinutes: 120,
        sourceLines: [25, 26, 63],
        outcomes: {
          obliged: [outcome('LS3', -20, t('You promised a verdict to the secretary\'s office before reading the file.', '書類を読む前に、書記の事務所に結論を約束した。', '你还没看材料就向书记办公室许诺了结论。'), [63, 69], { id: 'R3', kind: 'fell' })],
          declined: [outcome('LS3', 10, t('You said the file will be judged by the rules.', '書類は規則で判断すると答えた。', '你回答：材料按规则审查。'), [79], { id: 'R3', kind: 'spotted' })],
          reported: [
            outcome('LS3', 15, t('You declined and put the call on record.', '断り、電話の内容を記録に残した。', '你拒绝了，并把来电记录在案。'), [79], { id: 'R3', kind: 'spotted' }),
            outcome('LS1', 5, t('A written record is what supervision runs on.', '記録こそが監督の土台だ。', '书面记录是监督的基础。'), [75]),
          ],
        },
      },
    ],
    outcomes: {
      approvedSound: [outcome('LS2', 10, t('A project the city needs, approved on its merits.', '市に必要な事業を、中身で承認した。', '城市需要的项目，凭实绩获批。'), [77, 78]), outcome('LS4', 10, t('Residents gain from it.', '住民の利益になる。', '居民从中受益。'), [81])],
      conditionedSound: [outcome('LS2', 5, t('Sound, but conditions with no finding behind them slow it down.', '健全だが、根拠のない条件が事業を遅らせる。', '项目没问题，但毫无依据的附加条件拖慢了进度。'), [77]), outcome('LS4', 10, t('Residents gain from it, a little later.', '住民の利益になる。少し遅れて。', '居民会受益，只是晚了一些。'), [81])],
      rejectedSound: [outcome('LS2', -10, t('You turned down a sound project: over-suspicion is a planning failure too.', '健全な事業を却下した。過剰な疑いも計画の失敗だ。', '你驳回了一个好项目：疑心过重同样是规划失误。'), [77]), outcome('LS4', -10, t('Residents lose what it would have given them.', '住民はその恩恵を失う。', '居民失去了本该得到的好处。'), [81])],
      referredSound: [outcome('LS2', -10, t('You sent a sound project to the discipline commission.', '健全な事業を規律検査委員会に送った。', '你把一个好项目移交给了纪委。'), [77]), outcome('LS4', -10, t('Residents wait while honest people are investigated.', '正直な人々が調べられる間、住民は待たされる。', '老实人被调查，居民只能等待。'), [81]), outcome('LS3', -5, t('An accusation without evidence is an abuse of office too.', '証拠のない告発も職権の乱用だ。', '没有证据的举报也是滥用职权。'), [79])],
      approvedUnsound: [outcome('LS1', -20, t('A project that breaks the rules went through your desk.', '規則に反する事業があなたの机を通った。', '一个违规项目从你手里通过了。'), [62, 65], { id: 'R4', kind: 'fell' }), outcome('LS2', -10, t('A quick result now, a cost later.', '目先の成果、後の損失。', '眼前出了政绩，日后付出代价。'), [41, 42], { id: 'R1', kind: 'fell' })],
      conditionedCured: [outcome('LS1', 10, t('Your conditions put every breach right.', '条件によって違反はすべて是正された。', '你的附加条件纠正了每一处违规。'), [75]), outcome('LS2', 5, t('The project goes ahead inside the rules.', '事業は規則の範囲内で進む。', '项目在规则范围内推进。'), [77])],
      conditionedUncured: [outcome('LS1', -10, t('Conditions cannot cure what you approved.', '条件では承認した問題を是正できない。', '附加条件治不好你批准的问题。'), [76], { id: 'R4', kind: 'fell' })],
      rejectedReasoned: [outcome('LS1', 15, t('Rejected with every reason on file.', 'すべての理由を記録して却下した。', '驳回，理由全部在案。'), [75, 76]), outcome('LS2', 10, t('Money and power stay for projects that fit.', '資金と電力は見合う事業のために残る。', '资金和电力留给合适的项目。'), [77])],
      rejectedUnreasoned: [outcome('LS1', 5, t('Rejected, but not every reason is on file.', '却下したが、理由が全部は記録されていない。', '驳回了，但理由没有全部在案。'), [75]), outcome('LS3', -5, t('A decision without its reasons is arbitrary.', '理由のない決定は恣意的だ。', '没有理由的决定是武断的。'), [79])],
      referredCorrupt: [outcome('LS1', 15, t('Every breach on file, sent where it belongs.', 'すべての違反を記録し、しかるべき所へ送った。', '每处违规都在案，并移交到了该去的地方。'), [75]), outcome('LS2', 10, t('The subsidy money stays with the city.', '補助金は市に残る。', '补贴资金留在了市里。'), [77]), outcome('LS3', 15, t('You referred a power-for-money deal, with the evidence.', '証拠を添えて、権力と金の取引を通報した。', '你带着证据举报了权钱交易。'), [54, 69, 79])],
      referredUnfounded: [outcome('LS3', -10, t('A referral without the evidence behind it.', '証拠のない通報。', '缺乏证据的举报。'), [79])],
      leftUndecided: [outcome('LS2', -5, t('Left in the inbox when the desk closed.', '締め切り時に受付箱に残っていた。', '截止时仍积压在收件箱里。'), [66])],
    },
    investigated: {
      outcomes: [outcome('LS3', -40, t('You kept gifts beyond the limit; the discipline commission takes you off the desk.', '限度を超えて贈り物を受け取り、規律検査委員会に職務を外された。', '你收受礼金超过限度，被纪委停职审查。'), [54, 55, 79])],
      consequences: [{ year: 2017, text: t('You are taken off the desk while the commission looks into the envelopes.', '委員会が紅包を調べる間、あなたは職務を外される。', '纪委调查红包期间，你被停职。'), sourceLines: [] }],
    },
  };
}

const desk = makeDesk();
const app = (id: string): Application => desk.applications.find((a) => a.id === id)!;

// ---- Scripted players -------------------------------------------------------------------------

type Player = (desk: ReviewDesk, state: DeskState) => DeskAction[];

/** Plays the desk day by day: the player's actions for the day, then the day ends. */
function play(desk: ReviewDesk, player: Player): DeskState {
  let state = openDesk(desk);
  for (let guard = 0; !state.finished && guard < 20; guard++) {
    for (const action of [...player(desk, state), { type: 'desk-end-day' } as const]) {
      const result = deskStep(desk, state, action);
      const refused = result.events.find((e) => e.type === 'action-refused');
      if (refused && refused.type === 'action-refused') throw new Error(`${JSON.stringify(action)} refused: ${refused.reason}`);
      state = result.state;
      if (state.finished) break;
    }
  }
  return state;
}

/** The inquiries that show a field: the document's and the field's own. */
function inquiriesFor(application: Application, ref: string): string[] {
  const found = findField(application, ref)!;
  return [found.document.revealedBy, found.field.revealedBy].filter((x): x is string => x !== undefined);
}

/** Knows the truth: finds every planted discrepancy by checking its rule against its first field, then judges rightly. */
const perfectInspector: Player = (desk, state) => {
  const actions: DeskAction[] = desk.calls.filter((c) => state.calls[c.id] === 'pending').map((c) => ({ type: 'desk-answer-call', callId: c.id, response: 'reported' }));
  const rules = rulesInForce(desk, state.day);
  for (const application of inbox(desk, state)) {
    if (application.gift) actions.push({ type: 'desk-handle-gift', applicationId: application.id, choice: 'handed-in' });
    const findable = application.truth.discrepancies.filter((d) => rules.some((r) => r.id === d.rule));
    const asked = new Set<string>();
    for (const d of findable) {
      const ref = d.between[0]!;
      for (const inquiryId of inquiriesFor(application, ref)) {
        if (!asked.has(inquiryId)) actions.push({ type: 'desk-inquire', applicationId: application.id, inquiryId });
        asked.add(inquiryId);
      }
      actions.push({ type: 'desk-cross-check', applicationId: application.id, a: `rule:${d.rule}`, b: ref });
    }
    const reasons = findable.map((d) => d.id);
    const t = application.truth;
    const verdict: Verdict = t.legitimate ? 'approve' : t.corrupt ? 'refer' : t.curable ? 'approve-with-conditions' : 'reject';
    actions.push({ type: 'desk-decide', applicationId: application.id, verdict, reasons: verdict === 'approve' ? [] : reasons });
  }
  return actions;
};

/** Approves everything on the desk, honest about gifts and calls but checking nothing. */
const approvesEverything: Player = (desk, state) => [
  ...desk.calls.filter((c) => state.calls[c.id] === 'pending').map((c): DeskAction => ({ type: 'desk-answer-call', callId: c.id, response: 'declined' })),
  ...inbox(desk, state).flatMap((a): DeskAction[] => [
    ...(a.gift ? [{ type: 'desk-handle-gift', applicationId: a.id, choice: 'returned' } as const] : []),
    { type: 'desk-decide', applicationId: a.id, verdict: 'approve', reasons: [] },
  ]),
];

/** Rejects everything on the desk, likewise honest, likewise checking nothing. */
const rejectsEverything: Player = (desk, state) =>
  approvesEverything(desk, state).map((a) => (a.type === 'desk-decide' ? { ...a, verdict: 'reject' as const } : a));

const keysOf = (state: DeskState) => state.scored.map((s) => s.outcomeKey);
const overall = (state: DeskState) => {
  const scores = Object.values(deskTally(desk, state)).map((x) => x.score ?? 0);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
};

function run(state: DeskState, ...actions: DeskAction[]): DeskState {
  return actions.reduce((s, a) => {
    const result = deskStep(desk, s, a);
    const refused = result.events.find((e) => e.type === 'action-refused');
    if (refused && refused.type === 'action-refused') throw new Error(`${JSON.stringify(a)} refused: ${refused.reason}`);
    return result.state;
  }, state);
}

function refusal(state: DeskState, action: DeskAction): string | null {
  const result = deskStep(desk, state, action);
  const refused = result.events.find((e) => e.type === 'action-refused');
  return refused && refused.type === 'action-refused' ? refused.reason : null;
}

/** Every field and rule ref of an application, shown or hidden. */
function allRefs(application: Application): string[] {
  return application.documents.flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`));
}

// ---- The tests --------------------------------------------------------------------------------

describe('the rule engine and the truth of each application', () => {
  it('the fixture desk passes its own audit: truth and rule engine agree', () => {
    expect(auditDesk(desk)).toEqual([]);
  });

  it('finds exactly the planted discrepancies, judged by the rules over the field values', () => {
    for (const application of desk.applications) {
      const breaches = breachesOf(application, allRules(desk));
      expect(breaches.map((b) => b.ruleId).sort()).toEqual(application.truth.discrepancies.map((d) => d.rule).sort());
    }
  });

  it('every legitimate oddity passes every rule: no pair of items on a sound folder is a discrepancy', () => {
    for (const application of desk.applications.filter((a) => a.truth.legitimate)) {
      const refs = [...allRefs(application), ...allRules(desk).map((r) => `rule:${r.id}`)];
      for (const a of refs) for (const b of refs) expect(judgeCrossCheck(application, allRules(desk), a, b)).toBeNull();
      for (const oddity of application.truth.oddities) for (const ref of oddity.refs) expect(findField(application, ref)).toBeDefined();
    }
  });

  it('an exhaustive check of every pair finds every planted discrepancy and nothing else', () => {
    for (const application of desk.applications) {
      const refs = [...allRefs(application), ...allRules(desk).map((r) => `rule:${r.id}`)];
      const found = new Set<string>();
      for (const a of refs) for (const b of refs) {
        const hit = judgeCrossCheck(application, allRules(desk), a, b);
        if (hit) found.add(hit.discrepancyId);
      }
      expect([...found].sort()).toEqual(application.truth.discrepancies.map((d) => d.id).sort());
    }
  });

  it('a subsidy at exactly 30% passes the cap, and one yuan more breaks it', () => {
    const hospital = structuredClone(app('hospital-platform'));
    expect(breachesOf(hospital, desk.rulebook)).toEqual([]);
    hospital.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 9_000_001;
    expect(breachesOf(hospital, desk.rulebook)).toEqual([{ ruleId: 'subsidy-cap', refs: ['subsidy.amount', 'budget.total'] }]);
  });

  it('the audit names a legitimate application that breaks a rule, and a breach nobody planted', () => {
    const broken = makeDesk();
    broken.applications[1]!.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 12_000_000;
    broken.applications[0]!.truth.discrepancies.pop();
    const problems = auditDesk(broken);
    expect(problems).toContainEqual(expect.stringMatching(/^applications\[1\] \(hospital-platform\): marked legitimate but breaks subsidy-cap/));
    expect(problems).toContainEqual(expect.stringMatching(/^applications\[0\] \(genesis\): breaks conflict-disclosure .* which truth.discrepancies does not plant/));
  });

  it('the audit names a planted discrepancy the engine cannot find or the player can never see', () => {
    const broken = makeDesk();
    const genesis = broken.applications[0]!;
    genesis.truth.discrepancies[0]!.between = ['subsidy.amount', 'policy.category'];
    genesis.inquiries = genesis.inquiries.filter((q) => q.id !== 'power-bills');
    genesis.documents.find((d) => d.id === 'energy')!.fields[0]!.revealedBy = 'never-asked';
    const problems = auditDesk(broken);
    expect(problems).toContainEqual(expect.stringContaining('truth.discrepancies[0] (subsidy-over-cap): the rule engine finds no breach'));
    expect(problems).toContainEqual(expect.stringContaining('truth.discrepancies[1] (use-understated): none of its fields can ever be shown'));
  });
});

describe('cross-checks at the desk', () => {
  it('every planted discrepancy is findable by a scripted player, by rule and field and by field and field', () => {
    for (const pairing of ['rule-and-field', 'field-and-field'] as const) {
      let state = openDesk(desk);
      state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
      const found: string[] = [];
      for (const day of [0, 1]) {
        if (state.day !== day) state = run(state, { type: 'desk-end-day' });
        for (const application of desk.applications.filter((a) => a.arrivesOnDay === day)) {
          for (const d of application.truth.discrepancies) {
            for (const ref of d.between) for (const q of inquiriesFor(application, ref)) if (!state.applications[application.id]!.inquiries.includes(q)) state = run(state, { type: 'desk-inquire', applicationId: application.id, inquiryId: q });
            const [first, second] = d.between;
            const check: DeskAction =
              pairing === 'field-and-field' && second !== undefined
                ? { type: 'desk-cross-check', applicationId: application.id, a: first!, b: second }
                : { type: 'desk-cross-check', applicationId: application.id, a: first!, b: `rule:${d.rule}` };
            const result = deskStep(desk, state, check);
            expect(result.events).toContainEqual(expect.objectContaining({ type: 'desk-cross-checked', discrepancyId: d.id, ruleId: d.rule, minutes: 0 }));
            state = result.state;
            found.push(d.id);
          }
        }
      }
      expect(found.length).toBe(desk.applications.flatMap((a) => a.truth.discrepancies).length);
      for (const application of desk.applications) expect(state.applications[application.id]!.found.sort()).toEqual(application.truth.discrepancies.map((d) => d.id).sort());
    }
  });

  it('a check that finds nothing costs half an hour; a true one costs nothing', () => {
    let state = openDesk(desk);
    state = run(state, { type: 'desk-cross-check', applicationId: 'hospital-platform', a: 'subsidy.amount', b: 'rule:subsidy-cap' });
    expect(minutesLeft(desk, state)).toBe(450);
    expect(state.applications['hospital-platform']!.checks[0]).toEqual({ a: 'subsidy.amount', b: 'rule:subsidy-cap', discrepancyId: null, ruleId: null });
    state = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'rule:subsidy-cap', b: 'budget.total' });
    expect(minutesLeft(desk, state)).toBe(450);
    expect(state.applications['genesis']!.found).toEqual(['subsidy-over-cap']);
    expect(keysOf(state)).toEqual(['genesis:discrepancy:subsidy-over-cap']);
  });

  it('the same pair twice, an item against itself, two rules, or a hidden field are refused', () => {
    const state = run(openDesk(desk), { type: 'desk-cross-check', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total' });
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'budget.total', b: 'subsidy.amount' })).toBe('already-checked');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'budget.total', b: 'budget.total' })).toBe('same-item');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'rule:subsidy-cap', b: 'rule:metered-use' })).toBe('needs-a-field');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'bills.metered-kwh', b: 'rule:metered-use' })).toBe('not-on-desk');
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'nowhere', a: 'x.y', b: 'rule:metered-use' })).toBe('unknown-id');
  });

  it('asking for the power bills takes an hour and shows the meter the declaration hid', () => {
    let state = openDesk(desk);
    expect(visibleDocuments(desk, state, app('genesis')).map((d) => d.id)).not.toContain('bills');
    state = run(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' });
    expect(minutesLeft(desk, state)).toBe(420);
    expect(visibleDocuments(desk, state, app('genesis')).map((d) => d.id)).toContain('bills');
    expect(isOnDesk(desk, state, app('genesis'), 'bills.metered-kwh')).toBe(true);
    state = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'bills.metered-kwh', b: 'energy.annual-kwh' });
    expect(state.applications['genesis']!.found).toEqual(['use-understated']);
    expect(refusal(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'power-bills' })).toBe('already-done');
  });

  it('when the day\'s time is spent, no more checks or inquiries are allowed', () => {
    let state = openDesk(desk);
    const hospital = app('hospital-platform');
    const pairs = allRefs(hospital).flatMap((a) => desk.rulebook.map((r) => [a, `rule:${r.id}`] as const));
    for (const [a, b] of pairs.slice(0, 16)) state = run(state, { type: 'desk-cross-check', applicationId: hospital.id, a, b });
    expect(minutesLeft(desk, state)).toBe(0);
    const [a, b] = pairs[16]!;
    expect(refusal(state, { type: 'desk-cross-check', applicationId: hospital.id, a, b })).toBe('no-time-left');
    expect(refusal(state, { type: 'desk-inquire', applicationId: 'genesis', inquiryId: 'interview' })).toBe('no-time-left');
    state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-end-day' });
    expect(minutesLeft(desk, state)).toBe(480);
  });
});

describe('days and bulletins', () => {
  it('the bulletin brings the market-demand rule and the fuel-car plant on the second day', () => {
    let state = openDesk(desk);
    expect(inbox(desk, state).map((a) => a.id)).toEqual(['genesis', 'hospital-platform', 'bus-priority-lanes']);
    expect(refusal(state, { type: 'desk-cross-check', applicationId: 'fuel-car-plant', a: 'policy.category', b: 'rule:restricted-industry' })).toBe('not-on-desk');
    expect(isOnDesk(desk, state, app('genesis'), 'rule:market-demand')).toBe(false);
    state = run(state, { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
    const result = deskStep(desk, state, { type: 'desk-end-day' });
    expect(result.events).toContainEqual({ type: 'desk-day-started', day: 1, bulletinIds: ['demand-evidence'], arrivals: ['fuel-car-plant'], callIds: [] });
    state = result.state;
    expect(isOnDesk(desk, state, app('fuel-car-plant'), 'rule:market-demand')).toBe(true);
    state = run(state, { type: 'desk-cross-check', applicationId: 'fuel-car-plant', a: 'rule:market-demand', b: 'market.orders-share' });
    expect(state.applications['fuel-car-plant']!.found).toEqual(['no-market-demand']);
  });

  it('undecided applications are scored as left in the inbox when the last day ends', () => {
    let state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-end-day' });
    const result = deskStep(desk, state, { type: 'desk-end-day' });
    state = result.state;
    expect(state.finished).toBe(true);
    expect(state.ending).toBe('closed');
    expect(keysOf(state).filter((k) => k.includes(':verdict:leftUndecided'))).toHaveLength(4);
    expect(refusal(state, { type: 'desk-end-day' })).toBe('desk-closed');
  });
});

describe('pressure and temptation', () => {
  it('a ringing call must be answered before the day ends or its application is decided', () => {
    const state = openDesk(desk);
    expect(state.calls['secretary-genesis']).toBe('pending');
    expect(refusal(state, { type: 'desk-end-day' })).toBe('call-pending');
    const handled = run(state, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(refusal(handled, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('call-pending');
  });

  it('obliging the secretary\'s office buys two hours, costs integrity and fixes the verdict to approval', () => {
    let state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'obliged' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(minutesLeft(desk, state)).toBe(600);
    expect(keysOf(state)).toContain('call:secretary-genesis:obliged:0');
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('locked-by-call');
    state = run(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: [] });
    expect(state.applications['genesis']!.decision!.key).toBe('approvedUnsound');
    expect(deskTally(desk, state).LS3.earned).toBeLessThan(0);
  });

  it('a gift must be dealt with before the folder can be decided', () => {
    const state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' });
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: [] })).toBe('gift-pending');
  });

  it('keeping a gift beyond the limit ends the level with the inspector investigated', () => {
    const result = deskStep(desk, openDesk(desk), { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'kept' });
    const state = result.state;
    expect(state.pocketYuan).toBe(20_000);
    expect(state.finished).toBe(true);
    expect(state.ending).toBe('investigated');
    expect(result.events).toContainEqual({ type: 'desk-ended', ending: 'investigated' });
    expect(keysOf(state)).toEqual(['genesis:gift:kept:0', 'investigated:0']);
    expect(deskTally(desk, state).LS3.score).toBe(0);
    expect(consequenceTimeline(desk, state)).toEqual([expect.objectContaining({ year: 2017, applicationId: null, key: 'investigated' })]);
    expect(refusal(state, { type: 'desk-end-day' })).toBe('desk-closed');
  });
});

describe('verdicts and their reasons', () => {
  it('a reason must be a discrepancy the player has found, and approval takes none', () => {
    const state = run(openDesk(desk), { type: 'desk-answer-call', callId: 'secretary-genesis', response: 'declined' }, { type: 'desk-handle-gift', applicationId: 'genesis', choice: 'returned' });
    expect(refusal(state, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: ['subsidy-over-cap'] })).toBe('reason-not-found');
    const found = run(state, { type: 'desk-cross-check', applicationId: 'genesis', a: 'subsidy.amount', b: 'budget.total' });
    expect(refusal(found, { type: 'desk-decide', applicationId: 'genesis', verdict: 'approve', reasons: ['subsidy-over-cap'] })).toBe('reasons-not-allowed');
    const decided = run(found, { type: 'desk-decide', applicationId: 'genesis', verdict: 'reject', reasons: ['subsidy-over-cap'] });
    expect(decided.applications['genesis']!.decision!.key).toBe('rejectedUnreasoned');
    expect(refusal(decided, { type: 'desk-decide', applicationId: 'genesis', verdict: 'refer', reasons: [] })).toBe('not-on-desk');
  });

  it('referring a corrupt application with every reason found is the right call', () => {
    const state = play(desk, perfectInspector);
    expect(state.applications['genesis']!.decision).toMatchObject({ verdict: 'refer', key: 'referredCorrupt' });
    expect(state.applications['fuel-car-plant']!.decision).toMatchObject({ verdict: 'reject', key: 'rejectedReasoned' });
  });

  it('a curable breach can be approved on conditions that put it right', () => {
    const curable = makeDesk();
    const hospital = curable.applications[1]!;
    hospital.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 12_000_000;
    hospital.truth = {
      ...hospital.truth,
      legitimate: false,
      curable: true,
      oddities: [],
      discrepancies: [{ id: 'cap', rule: 'subsidy-cap', between: ['subsidy.amount', 'budget.total'], explanation: t('40%', '40%', '40%'), found: outcome('LS1', 5, t('Found', '発見', '发现')) }],
    };
    expect(auditDesk(curable)).toEqual([]);
    let state = openDesk(curable);
    state = deskStep(curable, state, { type: 'desk-cross-check', applicationId: hospital.id, a: 'rule:subsidy-cap', b: 'subsidy.amount' }).state;
    const conditioned = deskStep(curable, state, { type: 'desk-decide', applicationId: hospital.id, verdict: 'approve-with-conditions', reasons: ['cap'] }).state;
    expect(conditioned.applications[hospital.id]!.decision!.key).toBe('conditionedCured');
    const unconditioned = deskStep(curable, state, { type: 'desk-decide', applicationId: hospital.id, verdict: 'approve-with-conditions', reasons: [] }).state;
    expect(unconditioned.applications[hospital.id]!.decision!.key).toBe('conditionedUncured');
  });
});

describe('scoring the desk', () => {
  const perfect = play(desk, perfectInspector);
  const approver = play(desk, approvesEverything);
  const rejecter = play(desk, rejectsEverything);

  it('a perfect inspector earns full marks on every lesson', () => {
    expect(Object.values(deskTally(desk, perfect)).map((x) => x.score)).toEqual([100, 100, 100, 100]);
    expect(perfect.ending).toBe('closed');
  });

  it('approving everything scores lower, for approving unsound projects (LS1, LS2)', () => {
    const tally = deskTally(desk, approver);
    expect(overall(approver)).toBeLessThan(overall(perfect));
    expect(keysOf(approver)).toEqual(expect.arrayContaining(['genesis:verdict:approvedUnsound:0', 'fuel-car-plant:verdict:approvedUnsound:0']));
    expect(tally.LS1.score).toBe(0);
    expect(tally.LS2.score!).toBeLessThan(50);
    expect(approver.scored.filter((s) => s.risk?.kind === 'fell').map((s) => s.risk!.id).sort()).toEqual(['R1', 'R1', 'R2', 'R4']);
  });

  it('rejecting everything scores lower too, for turning down sound projects (LS2, LS4) and giving no reasons', () => {
    const tally = deskTally(desk, rejecter);
    expect(overall(rejecter)).toBeLessThan(overall(perfect));
    expect(keysOf(rejecter)).toEqual(expect.arrayContaining(['hospital-platform:verdict:rejectedSound:0', 'bus-priority-lanes:verdict:rejectedSound:1', 'genesis:verdict:rejectedUnreasoned:1']));
    expect(tally.LS4.score).toBe(0);
    expect(tally.LS2.score!).toBeLessThan(deskTally(desk, perfect).LS2.score!);
  });

  it('the approver and the rejecter each fall short on a lesson the other keeps', () => {
    expect(deskTally(desk, approver).LS4.score!).toBeGreaterThan(deskTally(desk, rejecter).LS4.score!);
    expect(deskTally(desk, rejecter).LS1.score!).toBeGreaterThan(deskTally(desk, approver).LS1.score!);
  });
});

describe('the years that follow', () => {
  it('approving everything leads to the plant that stops as it starts and the meter at 74.75 million kWh', () => {
    const timeline = consequenceTimeline(desk, play(desk, approvesEverything));
    expect(timeline.map((e) => e.year)).toEqual([...timeline.map((e) => e.year)].sort((a, b) => a - b));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2018, applicationId: 'fuel-car-plant', sourceLines: [36, 38] }));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2018, applicationId: 'genesis', sourceLines: [28, 34] }));
    expect(timeline).toContainEqual(expect.objectContaining({ year: 2019, applicationId: 'hospital-platform', key: 'approvedSound' }));
  });

  it('rejecting the bus lanes leads to the BRT, the traffic and the Walmart closing', () => {
    const timeline = consequenceTimeline(desk, play(desk, rejectsEverything));
    expect(timeline).toContainEqual(expect.objectContaining({ applicationId: 'bus-priority-lanes', key: 'rejectedSound', sourceLines: [37, 38] }));
  });

  it('the case file is plain data for later levels: every decision, the calls, the gifts and the timeline', () => {
    const state = play(desk, perfectInspector);
    const file = caseFile(desk, state);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(file.decisions.map((d) => [d.applicationId, d.verdict, d.key])).toEqual([
      ['genesis', 'refer', 'referredCorrupt'],
      ['hospital-platform', 'approve', 'approvedSound'],
      ['fuel-car-plant', 'reject', 'rejectedReasoned'],
      ['bus-priority-lanes', 'approve', 'approvedSound'],
    ]);
    expect(file.gifts).toEqual([{ applicationId: 'genesis', choice: 'handed-in' }]);
    expect(file.calls).toEqual([{ callId: 'secretary-genesis', applicationId: 'genesis', response: 'reported' }]);
    expect(file.timeline.length).toBeGreaterThan(0);
  });
});

describe('any play of the desk', () => {
  const ghost: Application = { ...app('hospital-platform'), id: 'nowhere' };
  const ruleRefs = [...allRules(desk).map((r) => `rule:${r.id}`), 'rule:none'];
  /** Actions on one folder, biased toward the checks that find something so play gets somewhere. */
  const onFolder = (a: Application): fc.Arbitrary<DeskAction> => {
    const refs = [...allRefs(a), ...ruleRefs, 'budget.missing'];
    const planted = a.truth.discrepancies.map((d) => [`rule:${d.rule}`, d.between[0]!] as const);
    const reasonIds = [...a.truth.discrepancies.map((d) => d.id), 'hunch'];
    return fc.oneof(
      { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-cross-check' as const), applicationId: fc.constant(a.id), a: fc.constantFrom(...refs), b: fc.constantFrom(...refs) }) },
      ...(planted.length > 0 ? [{ weight: 5, arbitrary: fc.constantFrom(...planted).map(([x, y]): DeskAction => ({ type: 'desk-cross-check', applicationId: a.id, a: y, b: x })) }] : []),
      { weight: 1, arbitrary: fc.record({ type: fc.constant('desk-inquire' as const), applicationId: fc.constant(a.id), inquiryId: fc.constantFrom(...a.inquiries.map((q) => q.id), 'gossip') }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('desk-handle-gift' as const), applicationId: fc.constant(a.id), choice: fc.constantFrom('returned' as const, 'kept' as const, 'handed-in' as const) }) },
      { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-decide' as const), applicationId: fc.constant(a.id), verdict: fc.constantFrom(...VERDICTS), reasons: fc.subarray(reasonIds, { maxLength: Math.min(3, reasonIds.length) }) }) },
    );
  };
  const actionArb: fc.Arbitrary<DeskAction> = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...desk.applications, ghost).chain(onFolder) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('desk-answer-call' as const), callId: fc.constantFrom('secretary-genesis', 'wrong-number'), response: fc.constantFrom('obliged' as const, 'declined' as const, 'reported' as const) }) },
    { weight: 2, arbitrary: fc.constant<DeskAction>({ type: 'desk-end-day' }) },
  );
  const actions = fc.array(actionArb, { maxLength: 80, size: 'max' });
  const best = overall(play(desk, perfectInspector));

  it('never runs the day\'s time below zero, keeps scores between 0 and 100, and leaves a refused state untouched', () => {
    fc.assert(
      fc.property(actions, (list) => {
        let state = openDesk(desk);
        for (const action of list) {
          const result = deskStep(desk, state, action);
          if (result.events.some((e) => e.type === 'action-refused')) expect(result.state).toBe(state);
          state = result.state;
          expect(state.minutesUsed).toBeGreaterThanOrEqual(0);
          expect(state.minutesUsed).toBeLessThanOrEqual(desk.minutesPerDay + state.bonusMinutes);
          expect(minutesLeft(desk, state)).toBeGreaterThanOrEqual(0);
          expect(state.pocketYuan).toBeGreaterThanOrEqual(0);
        }
        for (const { score } of Object.values(deskTally(desk, state))) {
          expect(score).not.toBeNull();
          expect(score!).toBeGreaterThanOrEqual(0);
          expect(score!).toBeLessThanOrEqual(100);
        }
        expect(overall(state)).toBeLessThanOrEqual(best);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and plain data: the same actions give the same state, which survives JSON', () => {
    fc.assert(
      fc.property(actions, (list) => {
        const first = replayDesk(desk, list);
        const second = replayDesk(desk, list);
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        expect(caseFile(desk, second)).toEqual(caseFile(desk, first));
      }),
      { numRuns: 150 },
    );
  });

  it('records a decision only once per application and only for an application on the desk', () => {
    fc.assert(
      fc.property(actions, (list) => {
        let state = openDesk(desk);
        for (const action of list) {
          const result = deskStep(desk, state, action);
          for (const e of result.events) {
            if (e.type === 'desk-decided') {
              expect(state.applications[e.applicationId]!.decision).toBeNull();
              expect(desk.applications.find((a) => a.id === e.applicationId)!.arrivesOnDay).toBeLessThanOrEqual(state.day);
            }
          }
          state = result.state;
        }
        const verdictKeys = state.scored.filter((s) => s.outcomeKey.includes(':verdict:') && s.outcomeKey.endsWith(':0')).map((s) => s.outcomeKey.split(':')[0]);
        expect(new Set(verdictKeys).size).toBe(verdictKeys.length);
      }),
      { numRuns: 150 },
    );
  });
});
