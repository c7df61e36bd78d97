/**
 * The decision brief's own words (headings, sentences, column labels) in en, ru and zh: one part of
 * the catalogue (merged in `catalogue.ts`), kept apart because a brief is read by higher bodies, not
 * by analysts. Template syntax: see `en.ts`.
 */
export const briefEn = {
  "brief.title": "Decision brief: {programme}",
  "brief.prepared":
    "Prepared on {date} from scenario {scenario}{?version}, version {version}{/version}; plan computed with the {profile} profile and seed {seed}.",
  "brief.notLegalAdvice":
    "Compliance verdicts apply the scenario's own rules and the screened sanctions lists; they are not legal advice.",

  "brief.section.target": "Target and recommendation",
  "brief.target":
    "{target}: due {due}{?node}, process node {node} nm{/node}; volume production {?start}from {start}{/start}{!start}not reached{/start}.",
  "brief.target.late": "{target} is {days} {days#one:day|other:days} late against its due date.",
  "brief.completion.feasible":
    "With the recommended partners and collaboration models, volume production of every target starts by {date} (the plan is {status}).",
  "brief.completion.infeasible":
    "No lawful plan exists under the scenario's rules, and this is proven: {reason}",
  "brief.completion.unknown":
    "No plan was found within the search budget; whether one exists is not known: {reason}",
  "brief.recommendation": "Recommended partners and collaboration models",
  "brief.excluded": "Options excluded by a rule",
  "brief.excluded.none": "No option was excluded by a rule.",
  "brief.col.gap": "capability gap",
  "brief.col.partner": "partner",
  "brief.col.firm": "firm",
  "brief.col.model": "collaboration model",
  "brief.col.reasons": "reasons",
  "brief.col.rule": "deciding rule",
  "brief.noFirm": "to be named",
  "brief.reason": "{licence}{?window} ({window}){/window}; {summary}",
  "brief.prohibited":
    "prohibited by rule {rule}: {regime} controls on {category} items to {destination}{?condition} ({condition}){/condition}{?when} ({when}){/when}",

  "brief.section.roadmap": "Roadmap",
  "brief.roadmap.chart": "Roadmap by capability gap",
  "brief.roadmap.legend":
    "Bars: work on each capability gap, critical work outlined; diamonds: start of volume production.",
  "brief.roadmap.none": "There is no roadmap to show.",

  "brief.section.budget": "Budget, tranches and loans",
  "brief.budget.total": "Total cost of the plan: {cost}.",
  "brief.budget.byCompletion": "Money available by completion: {available}; spent by then: {spent}.",
  "brief.budget.lowest": "Lowest cash balance: {amount} on {month}.",
  "brief.col.instrument": "instrument",
  "brief.col.kind": "kind",
  "brief.col.amount": "amount",
  "brief.col.arrives": "arrives",
  "brief.col.principal": "principal",
  "brief.col.rate": "rate",
  "brief.col.term": "term (years)",
  "brief.col.grace": "grace (years)",
  "brief.col.interest": "total interest",
  "brief.col.repaid": "repaid by",
  "brief.loans": "Loans and their debt service",
  "brief.loans.none": "The programme takes no loans.",
  "brief.kind.equity": "equity",
  "brief.kind.recapitalization": "recapitalization",
  "brief.kind.grant": "grant",
  "brief.kind.soft-loan": "soft loan",
  "brief.kind.budget": "budget allocation",

  "brief.section.risk": "Schedule risk",
  "brief.risk.summary":
    "Of {samples} simulated futures, volume production starts by {p50} in half of them (P50) and by {p80} in four out of five (P80).",
  "brief.risk.noPlan": "In {share} of them no lawful plan remains: {reasons}.",
  "brief.risk.due": "{target} meets its due date {due} with probability {probability}.",
  "brief.risk.none": "Schedule risk was not analysed for this brief; run a risk analysis first.",

  "brief.section.sanctions": "Sanctions exposure",
  "brief.sanctions.none": "No partner firm and no domestic firm matches a screened sanctions list.",
  "brief.sanctions.count":
    "{count} {count#one:match|other:matches} on the screened lists; every match must be confirmed by compliance before anything is signed.",
  "brief.col.side": "side",
  "brief.col.list": "list",
  "brief.col.matched": "matched name",
  "brief.col.score": "score",
  "brief.side.partner": "partner",
  "brief.side.domestic": "domestic",

  "brief.section.decisions": "Decisions requested",
  "brief.decide.approve":
    "Approve the recommended partners and collaboration models as the basis for negotiating the agreements.",
  "brief.decide.licence":
    "The plan assumes a licence under rule {rule} for {partner} (expected processing {days} {days#one:day|other:days}); authorise the application.",
  "brief.decide.blocked":
    "{input} for {target} has no lawful option: decide whether to seek another partner or to leave it imported.",
  "brief.decide.late":
    "{target} is planned {days} {days#one:day|other:days} after its due date: accept the delay or add funds or partners.",
  "brief.decide.riskLate":
    "At P80 ({p80}) volume production of {target} starts after its due date {due}: accept the risk or approve a contingency.",
  "brief.decide.sanctions":
    "{firm} matches {list}: have compliance confirm or clear the match before signing.",
  "brief.decide.noPlan": "No plan can be recommended: decide which rule, partner or budget to revisit.",

  "brief.section.sources": "Sources",
  "brief.sources.scenario": "Scenario {scenario}{?version}, version {version}{/version}, sha256 {sha}.",
  "brief.sources.facts": "Cited facts",
  "brief.sources.facts.none": "The scenario cites no facts.",
  "brief.sources.datasets": "Datasets",
  "brief.sources.rules": "Rules applied",
  "brief.sources.assumptions": "Assumptions (stated in the scenario, not verified)",
  "brief.sources.assumptions.none": "The scenario states no assumptions.",
  "brief.col.id": "id",
  "brief.col.title": "title",
  "brief.col.outlet": "outlet",
  "brief.col.date": "date",
  "brief.col.address": "address",
  "brief.col.dataset": "dataset",
  "brief.col.version": "version",
  "brief.col.citation": "citation",
  "brief.col.path": "where",
  "brief.col.text": "assumption",
} as const;

export type BriefCode = keyof typeof briefEn;

export const briefRu: Record<BriefCode, string> = {
  "brief.title": "Аналитическая записка для принятия решения: {programme}",
  "brief.prepared":
    "Подготовлено {date} по сценарию {scenario}{?version}, версия {version}{/version}; план рассчитан с профилем {profile} и начальным числом {seed}.",
  "brief.notLegalAdvice":
    "Выводы о соответствии применяют собственные правила сценария и проверенные санкционные списки; они не являются юридической консультацией.",

  "brief.section.target": "Цель и рекомендация",
  "brief.target":
    "{target}: срок — {due}{?node}, технологическая норма {node} нм{/node}; серийное производство {?start}с {start}{/start}{!start}не достигнуто{/start}.",
  "brief.target.late": "{target}: отставание от срока на {days} {days#one:день|few:дня|many:дней|other:дня}.",
  "brief.completion.feasible":
    "С рекомендованными партнёрами и моделями сотрудничества серийное производство всех целей начинается не позднее {date} (план {status}).",
  "brief.completion.infeasible":
    "Допустимого плана по правилам сценария не существует, и это доказано: {reason}",
  "brief.completion.unknown":
    "В пределах вычислительного бюджета план не найден; существует ли он, неизвестно: {reason}",
  "brief.recommendation": "Рекомендуемые партнёры и модели сотрудничества",
  "brief.excluded": "Варианты, исключённые правилами",
  "brief.excluded.none": "Ни один вариант не исключён правилами.",
  "brief.col.gap": "технологический разрыв",
  "brief.col.partner": "партнёр",
  "brief.col.firm": "компания",
  "brief.col.model": "модель сотрудничества",
  "brief.col.reasons": "обоснование",
  "brief.col.rule": "решающее правило",
  "brief.noFirm": "будет определена",
  "brief.reason": "{licence}{?window} ({window}){/window}; {summary}",
  "brief.prohibited":
    "запрещено правилом {rule}: контроль {regime} над изделиями категории {category} при поставке в {destination}{?condition} ({condition}){/condition}{?when} ({when}){/when}",

  "brief.section.roadmap": "Дорожная карта",
  "brief.roadmap.chart": "Дорожная карта по технологическим разрывам",
  "brief.roadmap.legend":
    "Полосы — работы по каждому разрыву, критические работы обведены; ромбы — начало серийного производства.",
  "brief.roadmap.none": "Дорожной карты нет.",

  "brief.section.budget": "Бюджет, транши и кредиты",
  "brief.budget.total": "Полная стоимость плана: {cost}.",
  "brief.budget.byCompletion":
    "Доступно средств к завершению: {available}; израсходовано к этому сроку: {spent}.",
  "brief.budget.lowest": "Наименьший остаток денежных средств: {amount} на {month}.",
  "brief.col.instrument": "инструмент",
  "brief.col.kind": "вид",
  "brief.col.amount": "сумма",
  "brief.col.arrives": "поступление",
  "brief.col.principal": "основной долг",
  "brief.col.rate": "ставка",
  "brief.col.term": "срок (лет)",
  "brief.col.grace": "льготный период (лет)",
  "brief.col.interest": "проценты всего",
  "brief.col.repaid": "погашение до",
  "brief.loans": "Кредиты и обслуживание долга",
  "brief.loans.none": "Программа не привлекает кредитов.",
  "brief.kind.equity": "взнос в капитал",
  "brief.kind.recapitalization": "докапитализация",
  "brief.kind.grant": "грант",
  "brief.kind.soft-loan": "льготный заём",
  "brief.kind.budget": "бюджетные ассигнования",

  "brief.section.risk": "Риски сроков",
  "brief.risk.summary":
    "Из {samples} смоделированных сценариев серийное производство начинается не позднее {p50} в половине из них (P50) и не позднее {p80} в четырёх из пяти (P80).",
  "brief.risk.noPlan": "В {share} из них допустимого плана не остаётся: {reasons}.",
  "brief.risk.due": "{target} укладывается в срок {due} с вероятностью {probability}.",
  "brief.risk.none": "Риски сроков для этой записки не анализировались; сначала выполните анализ рисков.",

  "brief.section.sanctions": "Санкционные риски",
  "brief.sanctions.none":
    "Ни одна компания партнёров и ни одна отечественная компания не совпадает с проверенными санкционными списками.",
  "brief.sanctions.count":
    "{count} {count#one:совпадение|few:совпадения|many:совпадений|other:совпадения} в проверенных списках; каждое совпадение должно быть подтверждено службой комплаенса до подписания документов.",
  "brief.col.side": "сторона",
  "brief.col.list": "список",
  "brief.col.matched": "совпавшее наименование",
  "brief.col.score": "оценка",
  "brief.side.partner": "партнёр",
  "brief.side.domestic": "отечественная",

  "brief.section.decisions": "Запрашиваемые решения",
  "brief.decide.approve":
    "Одобрить рекомендованных партнёров и модели сотрудничества как основу для переговоров о соглашениях.",
  "brief.decide.licence":
    "План предполагает лицензию по правилу {rule} для партнёра {partner} (ожидаемый срок рассмотрения {days} {days#one:день|few:дня|many:дней|other:дня}); разрешить подачу заявки.",
  "brief.decide.blocked":
    "Для «{input}» (цель {target}) нет допустимого варианта: решить, искать ли другого партнёра или оставить импорт.",
  "brief.decide.late":
    "{target} планируется на {days} {days#one:день|few:дня|many:дней|other:дня} позже срока: принять задержку либо выделить дополнительные средства или партнёров.",
  "brief.decide.riskLate":
    "При P80 ({p80}) серийное производство цели {target} начинается после срока {due}: принять риск или утвердить резервные меры.",
  "brief.decide.sanctions":
    "{firm} совпадает со списком {list}: служба комплаенса должна подтвердить или снять совпадение до подписания.",
  "brief.decide.noPlan":
    "Рекомендовать план невозможно: решить, какое правило, партнёра или бюджет пересмотреть.",

  "brief.section.sources": "Источники",
  "brief.sources.scenario":
    "Сценарий {scenario}{?version}, версия {version}{/version}, контрольная сумма SHA-256: {sha}.",
  "brief.sources.facts": "Цитируемые факты",
  "brief.sources.facts.none": "Сценарий не ссылается на факты.",
  "brief.sources.datasets": "Наборы данных",
  "brief.sources.rules": "Применённые правила",
  "brief.sources.assumptions": "Допущения (заявлены в сценарии, не проверены)",
  "brief.sources.assumptions.none": "Сценарий не содержит допущений.",
  "brief.col.id": "идентификатор",
  "brief.col.title": "название",
  "brief.col.outlet": "издание",
  "brief.col.date": "дата",
  "brief.col.address": "адрес",
  "brief.col.dataset": "набор данных",
  "brief.col.version": "версия",
  "brief.col.citation": "ссылка",
  "brief.col.path": "где",
  "brief.col.text": "допущение",
};

export const briefZh: Record<BriefCode, string> = {
  "brief.title": "决策简报：{programme}",
  "brief.prepared":
    "于{date}根据情景{scenario}{?version}（第{version}版）{/version}编制；计划采用{profile}配置和随机种子{seed}计算。",
  "brief.notLegalAdvice": "合规结论依据情景自身的规则和已筛查的制裁名单得出，不构成法律意见。",

  "brief.section.target": "目标与建议",
  "brief.target":
    "{target}：截止日期{due}{?node}，工艺节点{node}纳米{/node}；量产{?start}自{start}起{/start}{!start}尚未实现{/start}。",
  "brief.target.late": "{target}比截止日期晚{days}天。",
  "brief.completion.feasible":
    "采用建议的合作方和合作模式，所有目标的量产将不晚于{date}开始（计划{status}）。",
  "brief.completion.infeasible": "在情景规则下不存在合法计划，且已得到证明：{reason}",
  "brief.completion.unknown": "在搜索预算内未找到计划；是否存在计划尚不可知：{reason}",
  "brief.recommendation": "建议的合作方与合作模式",
  "brief.excluded": "被规则排除的方案",
  "brief.excluded.none": "没有方案被规则排除。",
  "brief.col.gap": "能力缺口",
  "brief.col.partner": "合作方",
  "brief.col.firm": "企业",
  "brief.col.model": "合作模式",
  "brief.col.reasons": "理由",
  "brief.col.rule": "决定性规则",
  "brief.noFirm": "待定",
  "brief.reason": "{licence}{?window}（{window}）{/window}；{summary}",
  "brief.prohibited":
    "被规则{rule}禁止：{regime}管制向{destination}出口{category}类物项{?condition}（{condition}）{/condition}{?when}（{when}）{/when}",

  "brief.section.roadmap": "路线图",
  "brief.roadmap.chart": "按能力缺口划分的路线图",
  "brief.roadmap.legend": "横条：各能力缺口的工作，关键工作加框；菱形：量产开始。",
  "brief.roadmap.none": "没有可显示的路线图。",

  "brief.section.budget": "预算、分期拨款与贷款",
  "brief.budget.total": "计划总成本：{cost}。",
  "brief.budget.byCompletion": "截至完成时可用资金：{available}；届时已支出：{spent}。",
  "brief.budget.lowest": "最低现金余额：{month}的{amount}。",
  "brief.col.instrument": "资金工具",
  "brief.col.kind": "类型",
  "brief.col.amount": "金额",
  "brief.col.arrives": "到账日期",
  "brief.col.principal": "本金",
  "brief.col.rate": "利率",
  "brief.col.term": "期限（年）",
  "brief.col.grace": "宽限期（年）",
  "brief.col.interest": "利息总额",
  "brief.col.repaid": "还清日期",
  "brief.loans": "贷款及其偿债安排",
  "brief.loans.none": "本计划不使用贷款。",
  "brief.kind.equity": "股权投资",
  "brief.kind.recapitalization": "增资",
  "brief.kind.grant": "赠款",
  "brief.kind.soft-loan": "优惠贷款",
  "brief.kind.budget": "预算拨款",

  "brief.section.risk": "进度风险",
  "brief.risk.summary":
    "在{samples}个模拟情景中，半数情景的量产不晚于{p50}开始（P50），五分之四的情景不晚于{p80}开始（P80）。",
  "brief.risk.noPlan": "其中{share}的情景不再有合法计划：{reasons}。",
  "brief.risk.due": "{target}按期（{due}）完成的概率为{probability}。",
  "brief.risk.none": "本简报未进行进度风险分析；请先运行风险分析。",

  "brief.section.sanctions": "制裁风险敞口",
  "brief.sanctions.none": "没有任何合作方企业或国内企业与已筛查的制裁名单相匹配。",
  "brief.sanctions.count": "在已筛查的名单中有{count}项匹配；签署任何文件之前，每项匹配都须经合规部门确认。",
  "brief.col.side": "一方",
  "brief.col.list": "名单",
  "brief.col.matched": "匹配名称",
  "brief.col.score": "得分",
  "brief.side.partner": "合作方",
  "brief.side.domestic": "国内",

  "brief.section.decisions": "请求决策事项",
  "brief.decide.approve": "批准建议的合作方和合作模式，作为协议谈判的基础。",
  "brief.decide.licence": "计划假定{partner}可依据规则{rule}获得许可证（预计审批{days}天）；请授权提出申请。",
  "brief.decide.blocked": "目标{target}的“{input}”没有合法方案：请决定是寻找其他合作方还是继续进口。",
  "brief.decide.late": "{target}计划比截止日期晚{days}天：请决定接受延期，或追加资金或合作方。",
  "brief.decide.riskLate":
    "在P80（{p80}）下，{target}的量产晚于截止日期{due}：请决定接受该风险或批准应急措施。",
  "brief.decide.sanctions": "{firm}与{list}匹配：签署前须由合规部门确认或排除该匹配。",
  "brief.decide.noPlan": "无法推荐计划：请决定重新审视哪项规则、合作方或预算。",

  "brief.section.sources": "资料来源",
  "brief.sources.scenario": "情景{scenario}{?version}，第{version}版{/version}，SHA-256校验值：{sha}。",
  "brief.sources.facts": "引用的事实",
  "brief.sources.facts.none": "情景未引用任何事实。",
  "brief.sources.datasets": "数据集",
  "brief.sources.rules": "适用的规则",
  "brief.sources.assumptions": "假设（情景中声明，未经核实）",
  "brief.sources.assumptions.none": "情景未声明任何假设。",
  "brief.col.id": "编号",
  "brief.col.title": "标题",
  "brief.col.outlet": "来源媒体",
  "brief.col.date": "日期",
  "brief.col.address": "网址",
  "brief.col.dataset": "数据集",
  "brief.col.version": "版本",
  "brief.col.citation": "出处",
  "brief.col.path": "位置",
  "brief.col.text": "假设",
};
