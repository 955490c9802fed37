// A small review desk for tests: 2017, two days, four applications (Genesis, a hospital platform,
// the fuel-car plant and bus lanes), independent of the shipped levels' content.

import type { DeskStep, LessonId, Level, LocalText, Outcome, RiskId, SourceLines } from '../../src/core/level';
import type { Application, DeskField, ReviewDesk } from '../../src/core/desk/model';

// ---- A small desk: 2017, two days, four applications -----------------------------------------

export const t = (en: string, ja: string, zh: string): LocalText => ({ en, ja, zh });
export const outcome = (lesson: LessonId, points: number, text: LocalText, sourceLines: SourceLines = [], risk?: { id: RiskId; kind: 'spotted' | 'fell' }): Outcome =>
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

export function makeDesk(): ReviewDesk {
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

/** The fixture desk as a level: a briefing step, then the desk. */
export function deskLevel(): Level {
  const desk: DeskStep = {
    ...makeDesk(),
    kind: 'desk',
    setting: 'review-desk',
    title: t('The review desk', '審査デスク', '审查台'),
    briefing: t('Review the applications.', '申請を審査せよ。', '审查这些申请。'),
  };
  return {
    id: 'desk-fixture',
    version: 1,
    year: '2017',
    order: 99,
    title: t('Desk fixture', 'デスク試験', '审查台测试'),
    summary: t('A test desk.', '試験用のデスク。', '测试用审查台。'),
    minutes: [5, 10],
    speakers: [{ id: 'narrator', name: t('Narrator', 'ナレーション', '旁白'), figure: 'none' }],
    steps: [desk],
    fiction: t('All of it.', 'すべて。', '全部。'),
    debrief: { whatHappened: [{ text: t('A test.', '試験。', '测试。'), sourceLines: [1] }] },
    discussion: [
      { prompt: t('What would you check first?', '最初に何を確かめるか。', '你会先核对什么？'), answer: t('The papers.', '書類。', '文件。'), sourceLines: [1] },
      { prompt: t('Who should have checked?', '誰が確かめるべきだったか。', '应由谁核对？'), answer: t('The desk.', 'デスク。', '审查台。'), sourceLines: [2] },
    ],
  };
}
