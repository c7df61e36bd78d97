import type { MessageCode } from "./en.ts";

/** The Chinese (Simplified) catalogue (template syntax: see `en.ts`). */
export const zh: Record<MessageCode, string> = {
  "common.join": "{items}",
  "common.verbatim": "{text}",
  "common.engine": "排程引擎消息：“{text}”",
  "common.unknown": "原因不明",
  "common.notAvailable": "无数据",

  "status.optimal": "最优",
  "status.feasible": "可行",
  "status.infeasible": "不可行",
  "status.unknown": "未确定",

  "condition.importControl": "{country}的进口管制",
  "condition.deMinimis": "受{regime}管辖的原产成分占{share}，达到或超过{level}的微量（de minimis）门槛",
  "condition.nodeAtOrBelow": "报价工艺节点为{node}纳米，不大于{threshold}纳米",
  "condition.nodeUnstated": "报价未注明工艺节点（门槛为{threshold}纳米）",
  "condition.layersAtOrAbove": "{layers}层，不少于{threshold}层",
  "condition.layersUnstated": "未注明层数（门槛为{threshold}层）",
  "condition.endUserHeadquarters": "最终用户{firm}的总部位于{country}",
  "condition.endUserParent": "最终用户{firm}的最终母公司位于{country}",

  "rule.prohibited":
    "被规则{rule}（{citation}）禁止：{regime}管制向{destination}出口{category}类物项{?condition}（{condition}）{/condition}{?when}（{when}）{/when}。{text}",
  "rule.noTimeLeft": "自{from}起生效；此前的禁令{earlier}有效至{until}，因此没有剩余时间",
  "rule.onlyFrom": "仅自{date}起，即禁令{rule}（{citation}）失效之时",
  "rule.onlyBefore": "仅限在{date}之前完成，即禁令{rule}（{citation}）生效之前",
  "rule.licence":
    "依规则{rule}（{citation}）取得许可证后合法，适用于{category}类物项{?condition}（{condition}）{/condition}；预计审批{days}天{?decision}（{decision}）{/decision}{?dated}；合法条件：{dated}{/dated}",
  "rule.licenceDistribution": "最可能值；{min}至{max}天，批准概率为{probability}",
  "rule.lawfulDated": "合法条件：{dated}",
  "rule.noCategory": "该合作模式不转让任何受管制物项类别",
  "rule.unrestricted": "情景中没有任何出口管制规则限制{partner}向{destination}转让{categories}",

  "compliance.partnerFirmListed":
    "合作方企业{firm}与{list}中的“{entry}”匹配（匹配度{score}）；与名单所列主体交易不是合法选项",
  "compliance.counterpartListed":
    "国内对接方{firm}与{list}中的“{entry}”匹配（匹配度{score}），该名单依据{regimes}约束{partner}",
  "compliance.unlawful": "不合法：{reason}",
  "compliance.lawfulWithExposure": "{reason}；二级制裁风险：{exposures}",
  "compliance.exposureItem": "{firm}（{list}）",

  "explain.waits": "“{activity}”等待资源{resource}{days}天",
  "explain.noFeasiblePlan": "采用此选项不存在可行计划：{why}",
  "explain.longerWork": "其工作包{?licence}及许可证等待{/licence}多用{days}天",
  "explain.targetsLater": "目标推迟：加权延误增加{days}天{?why}（{why}）{/why}",
  "explain.completesLater": "项目晚{days}天完成{?why}（{why}）{/why}",
  "explain.earlierAdopted": "强制采用时更早；已被规划器采纳",
  "explain.costlier": "日期相同，但成本多{amount}",
  "explain.moreConcentrated": "日期和成本相同，但供应更加集中（采用后的HHI为{after}，所选方案为{chosen}）",
  "explain.equal": "日期、成本和集中度均相同；保留排名靠前的选项",
  "explain.notWithOthers": "与其他决策不相容：{why}",
  "explain.ruleNamed": "{reason}（规则{rule}）",

  "rejected.notWholeLine": "不能交付完整的生产线“{line}”（一条生产线由同一合作方以同一模式承担）",
  "rejected.unlawful": "不合法",
  "blocked.noWholeLine":
    "没有任何合作方能以单一模式合法交付完整的生产线“{line}”；请将此工序列为例外（lines[].exceptions）或增加报价",
  "blocked.noOffer": "没有合作方提供“{input}”；请为{inputId}添加合作方报价",
  "blocked.allExcluded": "“{input}”没有合法选项：全部{count}个选项均被排除{?rules}，依据{rules}{/rules}",
  "blocked.unstaffable": "“{input}”的合法选项均超出项目资源：{why}",
  "blocked.deadlineBeforeStart": "目标{target}：截止日期{deadline}早于项目开始日期",
  "capacity.offerShared": "{partner}的报价由{gaps}共用，合计每年需要{need}个单位；其产能为{capacity}",

  "activity.workPackage": "{kind}{?occurrence} {occurrence}{/occurrence}：{gap}",
  "activity.targetStart": "量产开始：{target}",
  "activity.named": "{name}",
  "activity.gapWork": "{decision}该工作包{timing}。",
  "activity.targetExplanation": "目标{target}的每个缺口都开始量产后，该目标即开始量产。",
  "activity.milestoneExplanation": "项目里程碑；{timing}。",

  "workPackage.negotiate": "谈判与签约",
  "workPackage.setup-company": "组建合资公司",
  "workPackage.transfer": "技术转让",
  "workPackage.train": "培训一批人员",
  "workPackage.qualify": "资质认证",
  "workPackage.pilot": "试生产",
  "workPackage.production": "量产",

  "timing.waits": "等待资源{resource}{days}天",
  "timing.atStart": "在项目开始时启动",
  "timing.asPredecessorsAllow": "在前序工作允许时立即开始",

  "decision.explanation":
    "{partner}/{model}（{modelType}）填补“{input}”缺口：{licence}{?window}（{window}）{/window}；{summary}。",
  "decision.licence": "取得许可证后合法（审批{days}天{?rule}，规则{rule}{/rule}）",
  "decision.noLicence": "无需许可证即合法",
  "decision.datedRule": "有时限的规则{rule}：{conditions}",
  "decision.startsOnOrAfter": "工作不早于{date}开始",
  "decision.finishesBefore": "所有工作在{date}之前完成",
  "decision.onlyOption": "这是唯一选项",
  "decision.alternatives":
    "在{count}个备选方案中：{counts}{?example}；例如{partner}/{model}：{example}{/example}",
  "decision.outcomeCount": "{outcome}{count}个",

  "outcome.unlawful": "不合法",
  "outcome.later": "更晚",
  "outcome.costlier": "成本更高",
  "outcome.infeasible": "不可行",
  "outcome.more-concentrated": "集中度更高",
  "outcome.equal": "相当",
  "outcome.not-evaluated": "未评估",

  "phase.market": "市场与谈判",
  "phase.joint-engineering": "联合工程",
  "phase.localized-production": "本地化生产",

  "modelType.joint-venture": "合资企业",
  "modelType.licensing": "技术许可",
  "modelType.contract-manufacturing": "合同制造",
  "modelType.technology-transfer": "技术转让",
  "modelType.co-development": "联合开发",
  "modelType.purchase": "采购",

  "plan.gapBlocked": "缺口{gap}：{reason}",
  "plan.foundAfterHorizon": "找到的最佳计划于{completion}开始量产，晚于规划期结束日期（{horizonEnd}）",
  "plan.noneFound": "未找到计划",
  "plan.unknown":
    "{found}，共生成{schedules}个排程（预算扩大{escalations}次）；没有证据表明计划不存在，但任何计划都无法早于{earliest}开始量产。请尝试{profile}档位、延长program.horizon或增加资源",

  "proof.unstaffable":
    "{partner}/{model}：“{activity}”同时需要{need}个单位的{resource}，而项目拥有的数量从未超过{capacity}",
  "proof.horizon": "规划期于{horizonEnd}结束，早于最早可能的量产开始日期{earliest}；请延长program.horizon",
  "proof.funds": "资金总额为{available}（扣除培训后），少于各缺口最便宜的合法选项合计所需的{need}",
  "proof.fundsByHorizon":
    "规划期结束（{horizonEnd}）前到位的资金为{available}（扣除培训后），少于最便宜的合法选项在量产前所需的{need}",
  "proof.targetDeadline":
    "目标“{target}”（{targetId}）的截止日期{deadline}早于其最早可能日期{earliest}（按最短的合法选项计算，不考虑资源限制）",
  "proof.ruleTakesEffect": "必须在{date}之前完成，届时规则{rule}对{partner}/{model}生效",
  "proof.hasDeadline": "截止日期为{date}",
  "proof.activityDeadline": "“{activity}”{why}，但最早只能在{earliest}完成",
  "proof.trainingFunds": "培训计划到{date}需支出{spent}，但届时资金仅有{available}；请增加一笔拨款或缩减培训",

  "risk.onlySupplierRefused": "唯一的合法供应方{partner}依据{rules}被拒发许可证",
  "risk.onlySupplierDropped": "唯一的合法供应方{partner}退出",
  "risk.everySupplierDropped":
    "所有合法供应方（{partners}）均已退出{?rules}或依据{rules}被拒发许可证{/rules}",
  "risk.gapLost": "{input}（{gapId}）：{what}",
  "risk.noSchedule": "不存在可行排程：{why}",
  "risk.blocked": "受阻：{gaps}无法填补",
  "risk.blockedGap": "{input}（{gapId}）",

  "whatif.baselineImprovable":
    "变更后的计划（自{after}起量产）在原情景下同样可行，而基准计划（{before}）未能找到它：其搜索为启发式（状态：{status}）；请重新规划基准计划，例如使用{profile}档位",

  "fit.noOffer": "没有任何合作方报价能填补该缺口的任何部分：无可评估的选项。",
  "fit.noneLawful": "全部{total}个选项在情景规则下均不合法。",
  "fit.top": "{partner}/{model}得分{score}{?second}，领先于{second}{/second}；最强的评价标准：{criteria}。",
  "fit.ahead": "{partner}/{model}（{score}）",
  "fit.noteNoScreening": "未进行制裁筛查（未提供筛查工具）：未检查任何企业。",
  "fit.noteNoDependence": "无市场或价值链数据：未评估依赖度（HHI）。",
  "fit.noteOtherImporter": "市场报告针对{importer}而非{country}：依赖度改用价值链份额评估。",
  "fit.noteMarketShift":
    "选项实施后的HHI假设其转移{share}%的供应（scoring.marketShift），按比例取自现有供应方，其本地化部分计入国内生产（视为一个供应方）。此为假设。",
  "fit.noteNotLegalAdvice": "合法性判断仅以情景规则和所提供的筛查名单为限；不构成法律意见。",

  "criterion.coverage": "覆盖度",
  "criterion.leadTime": "周期",
  "criterion.cost": "成本",
  "criterion.dependence": "依赖度",
  "criterion.risk": "风险",
  "criterion.localization": "本地化",
  "criterion.exposure": "制裁风险敞口",

  "gaps.noteNoChain": "未提供价值链：投入项以标识符显示。",
  "gaps.noteNoChokepoints": "无瓶颈数据：没有缺口被标记为关键。",
  "gaps.assumptionNodeLadder":
    "工艺节点阶梯为350/250/180/130/90/65/45/28/22/16/10/7/5/3纳米，典型首次量产年份为1995…2022年（ITRS路线图、行业媒体）；不在阶梯上的节点取最接近的一级（按尺寸对数计算）。此为假设。",
  "gaps.assumptionCoverage":
    "当国内能力的工艺节点达到或优于所需节点时，即覆盖该投入项；满足节点要求的产能可以累加。",
  "gaps.assumptionSharedCapacity":
    "国内产能由各目标共享：各目标按到期日顺序使用，每个目标优先使用满足要求的最粗节点能力。",
};
