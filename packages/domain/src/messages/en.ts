/**
 * The English catalogue: the source of the message codes. Each template reproduces, byte for byte,
 * the sentence the domain wrote before it spoke in codes (logs and stored plans keep that text).
 * Syntax: `{p}` a parameter, `{?p}…{/p}` shown only when `p` is given, `{!p}…{/p}` only when not,
 * `{n#one:…|few:…|many:…|other:…}` the plural form for the number `n`.
 */
export const en = {
  "common.join": "{items}",
  "common.verbatim": "{text}",
  "common.engine": "{text}",
  "common.unknown": "unknown",
  "common.notAvailable": "n/a",

  "status.optimal": "optimal",
  "status.feasible": "feasible",
  "status.infeasible": "infeasible",
  "status.unknown": "unknown",

  "condition.importControl": "import control of {country}",
  "condition.deMinimis": "{share} {regime}-origin content, at or above the {level} de minimis level",
  "condition.nodeAtOrBelow": "offer at {node} nm, at or below {threshold} nm",
  "condition.nodeUnstated": "offer node not stated (threshold {threshold} nm)",
  "condition.layersAtOrAbove": "{layers} layers, at or above {threshold}",
  "condition.layersUnstated": "layers not stated (threshold {threshold})",
  "condition.endUserHeadquarters": "end user {firm} headquartered in {country}",
  "condition.endUserParent": "end user {firm} with its ultimate parent in {country}",

  "rule.prohibited":
    "prohibited by rule {rule} ({citation}): {regime} controls on {category} items to {destination}{?condition} ({condition}){/condition}{?when} ({when}){/when}. {text}",
  "rule.noTimeLeft":
    "in force from {from}; the earlier prohibition {earlier} lasts until {until}, so no time is left",
  "rule.onlyFrom": "only from {date}, when prohibition {rule} ({citation}) ends",
  "rule.onlyBefore": "only if done before {date}, when prohibition {rule} ({citation}) takes effect",
  "rule.licence":
    "lawful with a licence under rule {rule} ({citation}) for {category} items{?condition} ({condition}){/condition}; expected processing {days} days{?decision} ({decision}){/decision}{?dated}; lawful {dated}{/dated}",
  "rule.licenceDistribution": "most likely; {min}–{max}, granted with probability {probability}",
  "rule.lawfulDated": "lawful {dated}",
  "rule.noCategory": "no controlled item category is transferred under this model",
  "rule.unrestricted":
    "no export-control rule of the scenario restricts {categories} from {partner} to {destination}",

  "compliance.partnerFirmListed":
    'partner firm {firm} matches "{entry}" on {list} (score {score}); dealings with a listed party are not a lawful option',
  "compliance.counterpartListed":
    'domestic counterpart {firm} matches "{entry}" on {list} (score {score}), which binds {partner} under {regimes}',
  "compliance.unlawful": "unlawful: {reason}",
  "compliance.lawfulWithExposure": "{reason}; secondary-sanctions exposure: {exposures}",
  "compliance.exposureItem": "{firm} on {list}",

  "explain.waits": "{activity} waits {days} days for {resource}",
  "explain.noFeasiblePlan": "no feasible plan with this option: {why}",
  "explain.longerWork": "its work packages{?licence} and licence wait{/licence} take {days} days longer",
  "explain.targetsLater": "targets later: weighted lateness +{days} days{?why} ({why}){/why}",
  "explain.completesLater": "programme completes {days} days later{?why} ({why}){/why}",
  "explain.earlierAdopted": "earlier when forced; adopted by the planner",
  "explain.costlier": "same dates, costs {amount} more",
  "explain.moreConcentrated":
    "same dates and cost, but leaves supply more concentrated (HHI after {after} vs {chosen})",
  "explain.equal": "equal on dates, cost and concentration; the first-ranked option was kept",
  "explain.notWithOthers": "not possible with the other decisions: {why}",
  "explain.ruleNamed": "{reason} (rule {rule})",

  "rejected.notWholeLine":
    "does not deliver the whole production line {line} (one partner and model cover the line)",
  "rejected.unlawful": "unlawful",
  "blocked.noWholeLine":
    "no single partner and model can lawfully deliver the whole production line {line}; allow this step as an exception (lines[].exceptions) or add offers",
  "blocked.noOffer": "no partner offers {input}; add a partner offer for {inputId}",
  "blocked.allExcluded":
    "no lawful option for {input}: all {count} are excluded{?rules} under {rules}{/rules}",
  "blocked.unstaffable": "no lawful option for {input} fits the programme's resources: {why}",
  "blocked.deadlineBeforeStart": "target {target}: deadline {deadline} is before the programme start",
  "capacity.offerShared":
    "{partner}'s offer is shared by {gaps}, which need {need} units a year together; it has {capacity}",

  "resource.engineers": "engineers:{pool}",
  "resource.cleanroom": "cleanroom:{facility}",
  "resource.funds": "funds",
  "resource.searchOrder": "search order",

  "activity.workPackage": "{kind}{?occurrence} {occurrence}{/occurrence}: {gap}",
  "activity.targetStart": "Volume production starts: {target}",
  "activity.named": "{name}",
  "activity.gapWork": "{decision} This work package {timing}.",
  "activity.targetExplanation":
    "Volume production starts once every gap of target {target} has started volume production.",
  "activity.milestoneExplanation": "Programme milestone; {timing}.",

  "workPackage.negotiate": "Negotiate and sign",
  "workPackage.setup-company": "Set up the joint company",
  "workPackage.transfer": "Transfer technology",
  "workPackage.train": "Train a cohort",
  "workPackage.qualify": "Qualify",
  "workPackage.pilot": "Pilot production",
  "workPackage.production": "Volume production",

  "timing.waits": "waits {days} days for {resource}",
  "timing.atStart": "starts at the programme start",
  "timing.asPredecessorsAllow": "starts as soon as its predecessors allow",

  "decision.explanation":
    "{partner}/{model} ({modelType}) closes {input}: {licence}{?window} ({window}){/window}; {summary}.",
  "decision.licence": "lawful with a licence ({days} days processing{?rule}, rule {rule}{/rule})",
  "decision.noLicence": "lawful without a licence",
  "decision.datedRule": "dated rule {rule}: {conditions}",
  "decision.startsOnOrAfter": "work starts on or after {date}",
  "decision.finishesBefore": "all work finishes before {date}",
  "decision.onlyOption": "it is the only option",
  "decision.alternatives":
    "of {count} alternatives: {counts}{?example}; e.g. {partner}/{model}: {example}{/example}",
  "decision.outcomeCount": "{count} {outcome}",

  "outcome.unlawful": "unlawful",
  "outcome.later": "later",
  "outcome.costlier": "costlier",
  "outcome.infeasible": "infeasible",
  "outcome.more-concentrated": "more-concentrated",
  "outcome.equal": "equal",
  "outcome.not-evaluated": "not-evaluated",

  "phase.market": "market",
  "phase.joint-engineering": "joint-engineering",
  "phase.localized-production": "localized-production",

  "modelType.joint-venture": "joint-venture",
  "modelType.licensing": "licensing",
  "modelType.contract-manufacturing": "contract-manufacturing",
  "modelType.technology-transfer": "technology-transfer",
  "modelType.co-development": "co-development",
  "modelType.purchase": "purchase",

  "plan.gapBlocked": "gap {gap}: {reason}",
  "plan.foundAfterHorizon":
    "the best plan found starts volume production on {completion}, after the planning horizon ends ({horizonEnd})",
  "plan.noneFound": "no plan was found",
  "plan.unknown":
    "{found} after {schedules} schedules (budget escalated {escalations} times); nothing proves that no plan exists — no plan can start volume production before {earliest}. Try the {profile} profile, extend program.horizon or add resources",

  "proof.unstaffable":
    "{partner}/{model}: {activity} needs {need} of {resource} at once, the programme never has more than {capacity}",
  "proof.horizon":
    "the planning horizon ends on {horizonEnd}, before the earliest possible start of volume production {earliest}; extend program.horizon",
  "proof.funds":
    "the funds provide {available} in total (after training), less than the {need} the cheapest lawful option of every gap needs together",
  "proof.fundsByHorizon":
    "the funds arriving by the end of the planning horizon ({horizonEnd}) provide {available} (after training), less than the {need} the cheapest lawful options need before volume production",
  "proof.targetDeadline":
    "the deadline {deadline} of target {target} ({targetId}) is before its earliest possible date {earliest} (the shortest lawful options, with no resource limits)",
  "proof.ruleTakesEffect": "must finish before {date}, when rule {rule} takes effect for {partner}/{model}",
  "proof.hasDeadline": "has the deadline {date}",
  "proof.activityDeadline": '"{activity}" {why}, but cannot finish before {earliest}',
  "proof.trainingFunds":
    "the training programme spends {spent} by {date} but the funds provide only {available} by then; add a tranche or reduce training",

  "risk.onlySupplierRefused": "the only lawful supplier, {partner}, was refused the licence under {rules}",
  "risk.onlySupplierDropped": "the only lawful supplier, {partner}, dropped out",
  "risk.everySupplierDropped":
    "every lawful supplier ({partners}) dropped out{?rules} or was refused the licence under {rules}{/rules}",
  "risk.gapLost": "{input} ({gapId}): {what}",
  "risk.noSchedule": "no schedule exists: {why}",
  "risk.blocked": "blocked: {gaps} cannot be closed",
  "risk.blockedGap": "{input} ({gapId})",

  "whatif.baselineImprovable":
    "the changed plan (volume production from {after}) is also feasible under the original scenario, which the baseline plan ({before}) missed: its search is heuristic (status {status}); re-plan the baseline, e.g. with the {profile} profile",

  "fit.noOffer": "No partner offer closes any part of this gap: no option to assess.",
  "fit.noneLawful": "None of the {total} options is lawful under the scenario's rules.",
  "fit.top":
    "{partner}/{model} scores {score}{?second} ahead of {second}{/second}; strongest criteria: {criteria}.",
  "fit.ahead": "{partner}/{model} ({score})",
  "fit.noteNoScreening": "Sanctions screening was not run (no screener given): no firm was checked.",
  "fit.noteNoDependence": "No market or value-chain data: dependence (HHI) is not assessed.",
  "fit.noteOtherImporter":
    "The market report is for {importer}, not {country}: value-chain shares are used for dependence.",
  "fit.noteMarketShift":
    "HHI after an option assumes it moves {share}% of supply (scoring.marketShift), taken proportionally from current suppliers, its localized part to domestic production (counted as a supplier). Assumption.",
  "fit.noteNotLegalAdvice":
    "Lawfulness is only as complete as the scenario's rules and the screening lists given; it is not legal advice.",

  "criterion.coverage": "coverage",
  "criterion.leadTime": "leadTime",
  "criterion.cost": "cost",
  "criterion.dependence": "dependence",
  "criterion.risk": "risk",
  "criterion.localization": "localization",
  "criterion.exposure": "exposure",

  "gaps.noteNoChain": "No value chain given: input names are shown as ids.",
  "gaps.noteNoChokepoints": "No chokepoint data given: no gap is marked critical.",
  "gaps.assumptionNodeLadder":
    "Node ladder 350/250/180/130/90/65/45/28/22/16/10/7/5/3 nm with typical first-volume years 1995…2022 (ITRS roadmaps, industry press); nodes off the ladder snap to the nearest rung (by log size). Assumption.",
  "gaps.assumptionCoverage":
    "A domestic capability covers an input when its node is at or finer than the required node; capacities at a sufficient node add up.",
  "gaps.assumptionSharedCapacity":
    "Domestic capacity is shared between targets: they draw on it in due-date order, each from the coarsest sufficient capability first.",

  // The reports' own words: headings, table headers, summary rows.
  "report.planTitle": "Roadmap: {title}",
  "report.riskTitle": "Schedule risk: {title}",
  "report.blocking": "Blocking decisions",
  "report.phases": "Phases",
  "report.decisions": "Decisions",
  "report.schedule": "Schedule",
  "report.rejected": "Options excluded as unlawful",
  "report.criticalPath": "Critical path",
  "report.loans": "Loans and debt service",
  "report.sources": "Sources and provenance",
  "report.gantt": "Gantt",
  "report.ganttLegend": "(critical activities outlined in red)",
  "report.budgetWorkforce": "Budget and workforce",
  "report.noDecisions": "No decisions (no plan).",
  "report.none": "None.",
  "report.yes": "yes",
  "report.value": "value",
  "report.col.gap": "gap",
  "report.col.target": "target",
  "report.col.input": "input",
  "report.col.why": "why",
  "report.col.rules": "rules",
  "report.col.phase": "phase",
  "report.col.start": "start",
  "report.col.finish": "finish",
  "report.col.activities": "activities",
  "report.col.alternative": "alternative",
  "report.col.outcome": "outcome",
  "report.col.whyLost": "why it lost",
  "report.col.activity": "activity",
  "report.col.partner": "partner",
  "report.col.model": "model",
  "report.col.cost": "cost",
  "report.col.costIn": "cost ({currency})",
  "report.col.critical": "critical",
  "report.col.rule": "rule",
  "report.col.reason": "reason",
  "report.col.explanation": "explanation",
  "report.col.loan": "loan",
  "report.col.terms": "terms",
  "report.col.percentile": "percentile (of samples that complete)",
  "report.col.completion": "completion",
  "report.col.whyNoPlan": "why no plan",
  "report.col.samples": "samples",
  "report.col.share": "share",
  "report.col.dueDate": "due date",
  "report.col.probability": "probability of meeting it",
  "report.col.dropOut": "drop-out probability",
  "report.col.dropped": "samples dropped",
  "report.row.status": "status",
  "report.row.start": "programme start",
  "report.row.completion": "volume production of every target from",
  "report.row.earliest": "earliest possible (bound, resources ignored)",
  "report.row.totalCost": "total cost",
  "report.row.target": "target {target}",
  "report.row.madeAtHome": "made at home: {target}",
  "report.row.firmFor": "firm for {gap}",
  "report.status.optimal": "optimal (proven)",
  "report.status.feasible": "feasible",
  "report.status.infeasible": "infeasible (proven)",
  "report.status.unknown": "unknown — no plan found and none proven impossible",
  "report.completionUnknown": "not known (no plan found)",
  "report.completionNone": "none (no complete plan can exist)",
  "report.targetOutcome":
    "{when}{?due} (due {due}{?late}, {late} days late{/late}{?onTime}, on time{/onTime}){/due}",
  "report.targetFrom": "volume production from {date}",
  "report.targetBlocked": "cannot start volume production: blocked by {gaps}",
  "report.targetNoDate": "no date (no plan)",
  "report.shareFrom": "{share} from {date}",
  "report.riskRun":
    "Monte Carlo over durations and partner drop-outs: {samples} samples, seed {seed}, profile {profile}. Deterministic plan completes {baseline}.",
  "report.riskNoBaseline": "— (no complete plan)",
  "report.riskCompleted":
    "{completed} of {samples} samples complete; {noPlan} ({share}) leave the programme without a plan; search failures: {failures}.",
  "report.noSampleCompletes": "— (no sample completes)",
  "report.prov.scenario": "scenario",
  "report.prov.search": "search",
  "report.prov.currency": "currency",
  "report.prov.exchangeRate": "exchange rate",
  "report.prov.dataset": "dataset",
  "report.prov.rule": "rule",
  "report.prov.countryGroup": "country group",
  "report.prov.fact": "fact",
  "report.prov.assumption": "assumption",
  "report.prov.note": "note",
  "report.gaps.title": "Capability gaps — {country}",
  "report.gaps.target": "{name} (`{target}`, due {due})",
  "report.gaps.covered": "{covered} of {total} required inputs covered domestically.",
  "report.gaps.col.status": "status",
  "report.gaps.col.requiredNode": "required node",
  "report.gaps.col.domesticNode": "domestic node",
  "report.gaps.col.behind": "behind",
  "report.gaps.behind": "{nodes} nodes / {years} years",
  "report.gaps.critical": "yes{?via} via {via}{/via}: {providers}",
  "report.gaps.notCritical": "no",
  "report.gaps.assumptions": "Assumptions",
  "report.gaps.notes": "Notes",
  "inputStatus.covered": "covered",
  "inputStatus.absent": "absent",
  "inputStatus.node": "node",
  "inputStatus.grade": "grade",
  "inputStatus.capacity": "capacity",
  "report.fit.title": "Partner fit",
  "report.fit.weights": "Weights",
  "report.fit.exposure": "Secondary-sanctions exposure",
  "report.fit.exposureRow": '{firm} matches "{entry}" on {list} ({score}): exposure for {partners}',
  "report.fit.screening": "Sanctions screening",
  "report.fit.noneScreened": "No firm was screened.",
  "report.fit.hitPartner": "partner firm {firm}: {found}",
  "report.fit.hitDomestic": "domestic firm {firm}: {found}",
  "report.fit.hit": '"{entry}" on {list} ({score})',
  "report.fit.othersClean": "{count} other firm(s) screened: no match at the threshold",
  "report.fit.col.rank": "rank",
  "report.fit.col.score": "score",
  "report.fit.col.coverage": "coverage",
  "report.fit.col.leadTime": "lead time (days)",
  "report.fit.col.licenceDelay": "licence delay (days)",
  "report.fit.col.hhi": "HHI before → after",
  "report.fit.unlawful": "Not lawful under the scenario's rules:",
  "report.fit.ruleRow": "rule `{rule}` — {options}: {reason}",
  "report.fit.sensitivity": "Weight change (others fixed) at which the top choice changes:",
  "report.notLegalAdvice":
    "Compliance verdicts apply the scenario's own rules and the sanctions lists screened; they are not legal advice.",
  "report.whatif.changes": "Changes against the baseline",
  "report.whatif.col.field": "field",
  "report.whatif.col.before": "before",
  "report.whatif.col.after": "after",
  "report.whatif.noChange": "no change",
} as const;

export type MessageCode = keyof typeof en;
