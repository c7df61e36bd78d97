import type { MessageCode } from "./en.ts";

/** Plural forms of «день» for the parameter `p` (Intl.PluralRules of ru). */
const days = (p: string) => `{${p}} {${p}#one:день|few:дня|many:дней|other:дня}`;

/** The Russian catalogue (template syntax: see `en.ts`). */
export const ru: Record<MessageCode, string> = {
  "common.join": "{items}",
  "common.verbatim": "{text}",
  "common.engine": "сообщение планировщика: «{text}»",
  "common.unknown": "причина неизвестна",
  "common.notAvailable": "н/д",

  "status.optimal": "оптимальный",
  "status.feasible": "допустимый",
  "status.infeasible": "недопустимый",
  "status.unknown": "не определён",

  "condition.importControl": "импортный контроль страны {country}",
  "condition.deMinimis":
    "доля содержания, происходящего из-под юрисдикции {regime}, — {share}, не ниже минимального порога (de minimis) {level}",
  "condition.nodeAtOrBelow": "техпроцесс предложения {node} нм — на уровне {threshold} нм или тоньше",
  "condition.nodeUnstated": "техпроцесс предложения не указан (порог {threshold} нм)",
  "condition.layersAtOrAbove":
    "{layers} {layers#one:слой|few:слоя|many:слоёв|other:слоя} — не меньше порога {threshold}",
  "condition.layersUnstated": "число слоёв не указано (порог {threshold})",
  "condition.endUserHeadquarters": "конечный пользователь {firm}, страна штаб-квартиры — {country}",
  "condition.endUserParent": "конечный пользователь {firm}, страна конечной материнской компании — {country}",

  "rule.prohibited":
    "запрещено правилом {rule} ({citation}): контроль {regime} над изделиями категории {category} при поставке в {destination}{?condition} ({condition}){/condition}{?when} ({when}){/when}. {text}",
  "rule.noTimeLeft":
    "вступает в силу {from}; предшествующий запрет {earlier} действует до {until}, поэтому времени не остаётся",
  "rule.onlyFrom": "только начиная с {date}, когда прекращается действие запрета {rule} ({citation})",
  "rule.onlyBefore": "только при завершении до {date}, когда вступает в силу запрет {rule} ({citation})",
  "rule.licence": `законно при наличии лицензии по правилу {rule} ({citation}) для изделий категории {category}{?condition} ({condition}){/condition}; ожидаемый срок рассмотрения — ${days("days")}{?decision} ({decision}){/decision}{?dated}; законно {dated}{/dated}`,
  "rule.licenceDistribution":
    "наиболее вероятное значение; от {min} до {max} дн., лицензия выдаётся с вероятностью {probability}",
  "rule.lawfulDated": "законно {dated}",
  "rule.noCategory": "по этой модели не передаются изделия контролируемых категорий",
  "rule.unrestricted":
    "ни одно правило экспортного контроля в сценарии не ограничивает поставку категорий {categories} от партнёра {partner} в {destination}",

  "compliance.partnerFirmListed":
    "фирма партнёра {firm} совпадает с записью «{entry}» в списке {list} (совпадение {score}); сделки с лицом из списка не являются законным вариантом",
  "compliance.counterpartListed":
    "отечественный контрагент {firm} совпадает с записью «{entry}» в списке {list} (совпадение {score}); этот список связывает партнёра {partner} в рамках режимов {regimes}",
  "compliance.unlawful": "незаконно: {reason}",
  "compliance.lawfulWithExposure": "{reason}; риск вторичных санкций: {exposures}",
  "compliance.exposureItem": "{firm} в списке {list}",

  "explain.waits": `работа «{activity}» ждёт ресурс {resource} ${days("days")}`,
  "explain.noFeasiblePlan": "с этим вариантом допустимого плана нет: {why}",
  "explain.longerWork": `его пакеты работ{?licence} и ожидание лицензии{/licence} занимают на ${days("days")} больше`,
  "explain.targetsLater": `цели достигаются позже: взвешенное опоздание +${days("days")}{?why} ({why}){/why}`,
  "explain.completesLater": `программа завершается на ${days("days")} позже{?why} ({why}){/why}`,
  "explain.earlierAdopted": "при принудительном выборе — раньше; принят планировщиком",
  "explain.costlier": "сроки те же, но дороже на {amount}",
  "explain.moreConcentrated":
    "сроки и стоимость те же, но поставки остаются более концентрированными (HHI после: {after} против {chosen})",
  "explain.equal": "сроки, стоимость и концентрация равны; сохранён вариант с более высоким рангом",
  "explain.notWithOthers": "невозможно при остальных решениях: {why}",
  "explain.ruleNamed": "{reason} (правило {rule})",

  "rejected.notWholeLine":
    "не поставляет производственную линию «{line}» целиком (линию обеспечивают один партнёр и одна модель)",
  "rejected.unlawful": "незаконно",
  "blocked.noWholeLine":
    "ни один партнёр в рамках одной модели не может законно поставить производственную линию «{line}» целиком; разрешите этот этап как исключение (lines[].exceptions) или добавьте предложения",
  "blocked.noOffer": "ни один партнёр не предлагает «{input}»; добавьте предложение партнёра для {inputId}",
  "blocked.allExcluded":
    "нет законного варианта для «{input}»: исключены все варианты ({count}){?rules} по правилам {rules}{/rules}",
  "blocked.unstaffable": "ни один законный вариант для «{input}» не обеспечен ресурсами программы: {why}",
  "blocked.deadlineBeforeStart": "цель {target}: крайний срок {deadline} раньше начала программы",
  "capacity.offerShared":
    "предложение партнёра {partner} используют одновременно {gaps}; вместе им нужно {need} ед. в год, а мощность предложения — {capacity}",

  "resource.engineers": "инженеры ({pool})",
  "resource.cleanroom": "чистые помещения ({facility})",
  "resource.funds": "финансирование",
  "resource.searchOrder": "порядок поиска",

  "activity.workPackage": "{kind}{?occurrence} {occurrence}{/occurrence}: {gap}",
  "activity.targetStart": "Начало серийного производства: {target}",
  "activity.named": "{name}",
  "activity.gapWork": "{decision} Этот пакет работ {timing}.",
  "activity.targetExplanation":
    "Серийное производство цели {target} начинается, когда по каждому её разрыву начато серийное производство.",
  "activity.milestoneExplanation": "Веха программы; {timing}.",

  "workPackage.negotiate": "Переговоры и подписание",
  "workPackage.setup-company": "Создание совместной компании",
  "workPackage.transfer": "Передача технологии",
  "workPackage.train": "Обучение группы специалистов",
  "workPackage.qualify": "Квалификация",
  "workPackage.pilot": "Опытное производство",
  "workPackage.production": "Серийное производство",

  "timing.waits": `ждёт ресурс {resource} ${days("days")}`,
  "timing.atStart": "начинается в момент старта программы",
  "timing.asPredecessorsAllow": "начинается, как только позволяют предшествующие работы",

  "decision.explanation":
    "{partner}/{model} ({modelType}) закрывает разрыв «{input}»: {licence}{?window} ({window}){/window}; {summary}.",
  "decision.licence": `законно при наличии лицензии (рассмотрение — ${days("days")}{?rule}, правило {rule}{/rule})`,
  "decision.noLicence": "законно без лицензии",
  "decision.datedRule": "правило с датами действия {rule}: {conditions}",
  "decision.startsOnOrAfter": "работы начинаются не ранее {date}",
  "decision.finishesBefore": "все работы завершаются до {date}",
  "decision.onlyOption": "это единственный вариант",
  "decision.alternatives":
    "из {count} {count#one:альтернативы|other:альтернатив}: {counts}{?example}; например, {partner}/{model}: {example}{/example}",
  "decision.outcomeCount": "{outcome} — {count}",

  "outcome.unlawful": "незаконны",
  "outcome.later": "позже",
  "outcome.costlier": "дороже",
  "outcome.infeasible": "невыполнимы",
  "outcome.more-concentrated": "выше концентрация",
  "outcome.equal": "равноценны",
  "outcome.not-evaluated": "не оценены",

  "phase.market": "рынок и переговоры",
  "phase.joint-engineering": "совместная инженерия",
  "phase.localized-production": "локализованное производство",

  "modelType.joint-venture": "совместное предприятие",
  "modelType.licensing": "лицензирование",
  "modelType.contract-manufacturing": "контрактное производство",
  "modelType.technology-transfer": "передача технологии",
  "modelType.co-development": "совместная разработка",
  "modelType.purchase": "закупка",

  "plan.gapBlocked": "разрыв {gap}: {reason}",
  "plan.foundAfterHorizon":
    "лучший найденный план начинает серийное производство {completion}, уже после окончания горизонта планирования ({horizonEnd})",
  "plan.noneFound": "план не найден",
  "plan.unknown":
    "{found}; просмотрено расписаний: {schedules} (бюджет увеличивался {escalations} {escalations#one:раз|few:раза|many:раз|other:раза}); ничто не доказывает, что плана не существует, — но ни один план не может начать серийное производство раньше {earliest}. Попробуйте профиль {profile}, продлите program.horizon или добавьте ресурсы",

  "proof.unstaffable":
    "{partner}/{model}: работе «{activity}» нужно одновременно {need} ед. ресурса {resource}, а в программе их никогда не бывает больше {capacity}",
  "proof.horizon":
    "горизонт планирования заканчивается {horizonEnd}, раньше самой ранней возможной даты начала серийного производства ({earliest}); продлите program.horizon",
  "proof.funds":
    "фонды дают всего {available} (за вычетом обучения) — меньше, чем {need}, которые вместе требуются самым дешёвым законным вариантам всех разрывов",
  "proof.fundsByHorizon":
    "средства, поступающие до конца горизонта планирования ({horizonEnd}), составляют {available} (за вычетом обучения) — меньше, чем {need}, которые самые дешёвые законные варианты требуют до начала серийного производства",
  "proof.targetDeadline":
    "крайний срок {deadline} цели «{target}» ({targetId}) раньше самой ранней возможной даты {earliest} (самые короткие законные варианты, без ограничений по ресурсам)",
  "proof.ruleTakesEffect":
    "должна завершиться до {date}, когда правило {rule} вступает в силу для {partner}/{model}",
  "proof.hasDeadline": "имеет крайний срок {date}",
  "proof.activityDeadline": "работа «{activity}» {why}, но не может завершиться раньше {earliest}",
  "proof.trainingFunds":
    "программа обучения расходует {spent} к {date}, а фонды дают к этому времени лишь {available}; добавьте транш или сократите обучение",

  "risk.onlySupplierRefused":
    "единственному законному поставщику, {partner}, отказано в лицензии по правилам {rules}",
  "risk.onlySupplierDropped": "единственный законный поставщик, {partner}, выбыл",
  "risk.everySupplierDropped":
    "все законные поставщики ({partners}) выбыли{?rules} или получили отказ в лицензии по правилам {rules}{/rules}",
  "risk.gapLost": "{input} ({target}): {what}",
  "risk.noSchedule": "расписания не существует: {why}",
  "risk.blocked": "заблокировано: {gaps} — закрыть невозможно",
  "risk.blockedGap": "{input} ({target})",

  "whatif.baselineImprovable":
    "изменённый план (серийное производство с {after}) допустим и при исходном сценарии, но базовый план ({before}) его упустил: поиск эвристический (статус — {status}); пересчитайте базовый план, например с профилем {profile}",

  "fit.noOffer": "Ни одно предложение партнёров не закрывает этот разрыв даже частично: оценивать нечего.",
  "fit.noneLawful": "Ни один из вариантов ({total}) не является законным по правилам сценария.",
  "fit.top":
    "{partner}/{model}: оценка {score}{?second}, впереди варианта {second}{/second}; сильнейшие критерии: {criteria}.",
  "fit.ahead": "{partner}/{model} ({score})",
  "fit.noteNoScreening":
    "Санкционная проверка не выполнялась (средство проверки не задано): ни одна фирма не проверена.",
  "fit.noteNoDependence":
    "Нет данных о рынке и цепочке создания стоимости: зависимость (HHI) не оценивается.",
  "fit.noteOtherImporter":
    "Отчёт о рынке составлен для {importer}, а не для {country}: для оценки зависимости используются доли из цепочки создания стоимости.",
  "fit.noteMarketShift":
    "HHI после варианта рассчитан в предположении, что вариант перемещает {share} % поставок (scoring.marketShift), пропорционально забирая их у нынешних поставщиков, а его локализованная часть отходит отечественному производству (учитывается как поставщик). Допущение.",
  "fit.noteNotLegalAdvice":
    "Законность оценена лишь в пределах правил сценария и заданных санкционных списков; это не юридическая консультация.",

  "criterion.coverage": "покрытие",
  "criterion.leadTime": "срок",
  "criterion.cost": "стоимость",
  "criterion.dependence": "зависимость",
  "criterion.risk": "риск",
  "criterion.localization": "локализация",
  "criterion.exposure": "санкционная уязвимость",

  "gaps.noteNoChain":
    "Цепочка создания стоимости не задана: вместо названий позиций показаны идентификаторы.",
  "gaps.noteNoChokepoints": "Нет данных об узких местах: ни один разрыв не отмечен как критический.",
  "gaps.assumptionNodeLadder":
    "Шкала техпроцессов 350/250/180/130/90/65/45/28/22/16/10/7/5/3 нм с типичными годами начала серийного выпуска 1995…2022 (дорожные карты ITRS, отраслевая пресса); техпроцессы вне шкалы приводятся к ближайшей ступени (по логарифму размера). Допущение.",
  "gaps.assumptionCoverage":
    "Отечественная компетенция покрывает позицию, если её техпроцесс не крупнее требуемого; мощности на достаточном техпроцессе суммируются.",
  "gaps.assumptionSharedCapacity":
    "Отечественные мощности делятся между целями: цели используют их в порядке сроков, каждая — начиная с самой грубой из достаточных компетенций.",

  // The reports' own words: headings, table headers, summary rows.
  "report.planTitle": "Дорожная карта: {title}",
  "report.riskTitle": "Риски сроков: {title}",
  "report.blocking": "Блокирующие решения",
  "report.phases": "Фазы",
  "report.decisions": "Решения",
  "report.schedule": "График работ",
  "report.rejected": "Варианты, исключённые как незаконные",
  "report.criticalPath": "Критический путь",
  "sweep.title": "Серия вариантов: {name}",
  "sweep.untitled": "Серия вариантов",
  "sweep.conditions":
    "{count} {count#one:вариант|few:варианта|many:вариантов|other:варианта}; профиль {profile}, начальное число {seed}, по {samples} выборок риска на вариант. Все варианты используют одно начальное число, поэтому различия вызваны только их изменениями.",
  "sweep.col.status": "план",
  "sweep.col.completion": "завершение",
  "sweep.col.noPlan": "нет плана",
  "sweep.col.cost": "стоимость",
  "sweep.col.partners": "партнёры",
  "report.loans": "Кредиты и их обслуживание",
  "report.loanTerms":
    "{principal} под {rate}% на {years} {years#one:год|few:года|many:лет|other:года} (льготный период {grace}): проценты {interest}, погашение до {repaid}",
  "report.sources": "Источники и происхождение данных",
  "report.gantt": "Диаграмма Ганта",
  "report.ganttLegend": "(работы критического пути обведены красным)",
  "report.budgetWorkforce": "Бюджет и кадры",
  "report.noDecisions": "Решений нет (плана нет).",
  "report.none": "Нет.",
  "report.yes": "да",
  "report.value": "значение",
  "report.col.gap": "разрыв",
  "report.col.target": "цель",
  "report.col.input": "позиция",
  "report.col.why": "причина",
  "report.col.rules": "правила",
  "report.col.phase": "фаза",
  "report.col.start": "начало",
  "report.col.finish": "окончание",
  "report.col.activities": "работ",
  "report.col.alternative": "альтернатива",
  "report.col.outcome": "итог",
  "report.col.whyLost": "почему не выбрана",
  "report.col.activity": "работа",
  "report.col.partner": "партнёр",
  "report.col.model": "модель",
  "report.col.cost": "стоимость",
  "report.col.costIn": "стоимость ({currency})",
  "report.col.critical": "критическая",
  "report.col.rule": "правило",
  "report.col.reason": "причина",
  "report.col.explanation": "обоснование",
  "report.col.loan": "кредит",
  "report.col.terms": "условия",
  "report.col.percentile": "процентиль (среди завершившихся прогонов)",
  "report.col.completion": "завершение",
  "report.col.whyNoPlan": "почему нет плана",
  "report.col.samples": "прогонов",
  "report.col.share": "доля",
  "report.col.dueDate": "срок",
  "report.col.probability": "вероятность уложиться",
  "report.col.dropOut": "вероятность выбытия",
  "report.col.dropped": "прогонов с выбытием",
  "report.row.status": "статус",
  "report.row.start": "начало программы",
  "report.row.completion": "серийное производство всех целей с",
  "report.row.earliest": "самое раннее возможное (оценка без учёта ресурсов)",
  "report.row.totalCost": "общая стоимость",
  "report.row.target": "цель {target}",
  "report.row.madeAtHome": "доля отечественного производства: {target}",
  "report.row.firmFor": "фирма для разрыва {gap}",
  "report.status.optimal": "оптимальный (доказано)",
  "report.status.feasible": "допустимый",
  "report.status.infeasible": "невыполнимый (доказано)",
  "report.status.unknown": "не определён — план не найден, но и невыполнимость не доказана",
  "report.completionUnknown": "неизвестно (план не найден)",
  "report.completionNone": "нет (полного плана не существует)",
  "report.targetOutcome":
    "{when}{?due} (срок {due}{?late}, опоздание — {late} {late#one:день|few:дня|many:дней|other:дня}{/late}{?onTime}, в срок{/onTime}){/due}",
  "report.targetFrom": "серийное производство с {date}",
  "report.targetBlocked": "серийное производство начать невозможно: блокируют {gaps}",
  "report.targetNoDate": "даты нет (плана нет)",
  "report.shareFrom": "{share} с {date}",
  "report.riskRun":
    "Метод Монте-Карло по длительностям и выбытию партнёров: прогонов — {samples}, начальное значение {seed}, профиль {profile}. Детерминированный план завершается: {baseline}.",
  "report.riskNoBaseline": "— (полного плана нет)",
  "report.riskCompleted":
    "Завершились {completed} из {samples} прогонов; в {noPlan} ({share}) программа остаётся без плана; сбоев поиска: {failures}.",
  "report.noSampleCompletes": "— (ни один прогон не завершился)",
  "report.prov.scenario": "сценарий",
  "report.prov.search": "поиск",
  "report.prov.currency": "валюта",
  "report.prov.exchangeRate": "обменный курс",
  "report.prov.dataset": "набор данных",
  "report.prov.rule": "правило",
  "report.prov.countryGroup": "группа стран",
  "report.prov.fact": "факт",
  "report.prov.assumption": "допущение",
  "report.prov.note": "примечание",
  "report.gaps.title": "Разрывы в возможностях — {country}",
  "report.gaps.target": "{name} (`{target}`, срок {due})",
  "report.gaps.covered": "Внутри страны обеспечено {covered} из {total} необходимых позиций.",
  "report.gaps.col.status": "состояние",
  "report.gaps.col.requiredNode": "требуемый техпроцесс",
  "report.gaps.col.domesticNode": "отечественный техпроцесс",
  "report.gaps.col.behind": "отставание",
  "report.gaps.behind":
    "{nodes} {nodes#one:поколение|few:поколения|many:поколений|other:поколения} / {years} {years#one:год|few:года|many:лет|other:года}",
  "report.gaps.critical": "да{?via}, через {via}{/via}: {providers}",
  "report.gaps.notCritical": "нет",
  "report.gaps.assumptions": "Допущения",
  "report.gaps.notes": "Примечания",
  "inputStatus.covered": "обеспечено",
  "inputStatus.absent": "отсутствует",
  "inputStatus.node": "отставание по техпроцессу",
  "inputStatus.grade": "не тот класс исполнения",
  "inputStatus.capacity": "не хватает мощности",
  "report.fit.title": "Оценка партнёров",
  "report.fit.weights": "Веса",
  "report.fit.exposure": "Риск вторичных санкций",
  "report.fit.exposureRow":
    "{firm} совпадает с записью «{entry}» в списке {list} ({score}): риск для {partners}",
  "report.fit.screening": "Санкционная проверка",
  "report.fit.noneScreened": "Ни одна фирма не проверялась.",
  "report.fit.hitPartner": "фирма партнёра {firm}: {found}",
  "report.fit.hitDomestic": "отечественная фирма {firm}: {found}",
  "report.fit.hit": "«{entry}» в списке {list} ({score})",
  "report.fit.othersClean": "проверено других фирм: {count}; совпадений на уровне порога нет",
  "report.fit.col.rank": "место",
  "report.fit.col.score": "оценка",
  "report.fit.col.coverage": "покрытие",
  "report.fit.col.leadTime": "срок (дней)",
  "report.fit.col.licenceDelay": "ожидание лицензии (дней)",
  "report.fit.col.hhi": "HHI до → после",
  "report.fit.unlawful": "Незаконны по правилам сценария:",
  "report.fit.ruleRow": "правило `{rule}` — {options}: {reason}",
  "report.fit.sensitivity": "Изменение веса (остальные неизменны), при котором меняется лучший вариант:",
  "report.notLegalAdvice":
    "Заключения о соответствии основаны на правилах самого сценария и проверенных санкционных списках; это не юридическая консультация.",
  "report.whatif.changes": "Изменения относительно базового плана",
  "report.whatif.col.field": "поле",
  "report.whatif.col.before": "было",
  "report.whatif.col.after": "стало",
  "report.whatif.noChange": "изменений нет",
  "report.gapMap": "Карта разрывов",
  "report.col.required": "требуется",
  "report.col.domestic": "в стране",
  "report.col.chokepoint": "узкое место",
  "report.noneDomestic": "нет",
  "report.critical": "критический",
  "report.chart.budget": "Бюджет",
  "report.chart.engineers": "Инженеры",
  "report.chart.cleanroom": "Чистые помещения",
  "report.chart.available": "в наличии",
  "report.chart.spent": "израсходовано",
  "report.chart.required": "требуется",
  "report.chart.cumulative": "нарастающим итогом",
  "report.chart.people": "человек",
  "report.chart.histogram": "Гистограмма дат завершения",
  "report.chart.samples": "прогонов",
  "report.chart.samplesPerMonth": "прогонов в месяц",
  "proof.debtServiceFunds":
    "обучение и погашение займов требуют {spent} к {date} (из них обслуживание долга {debt}), а фонды дают к этому времени лишь {available}; добавьте транш, удлините льготный период займа или сократите обучение",
  "tracking.finished": "завершена",
  "tracking.in-progress": "выполняется",
  "tracking.not-started": "не начата",
  "report.variance.title": "Прогноз в сравнении с базовым планом",
  "report.variance.asOf": "План пересчитан по фактическим данным на {date}.",
  "report.variance.completion": `Завершение: по базовому плану {baseline}, по прогнозу {forecast}; отставание ${days("days")}.`,
  "report.variance.noCompletion": "Завершение: по базовому плану {baseline}, по прогнозу {forecast}.",
  "report.variance.cost":
    "Стоимость: по базовому плану {baseline}, по прогнозу {forecast}, отклонение {variance}; уже израсходовано {spent}.",
  "report.variance.critical": "Критический путь прогноза: {path}.",
  "report.variance.newlyCritical": "Стали критическими: {path}.",
  "report.variance.col.status": "состояние",
  "report.variance.col.baseline": "базовый план",
  "report.variance.col.forecast": "прогноз",
  "report.variance.col.slip": "отставание (дни)",
  "report.variance.milestones": "Вехи и начало серийного производства",
  "report.cash.title": "Остаток денежных средств по месяцам",
  "report.cash.col.month": "месяц",
  "report.cash.col.inflow": "поступившие транши",
  "report.cash.col.spend": "расходы на работы",
  "report.cash.col.debtService": "обслуживание долга",
  "report.cash.col.balance": "остаток",
  "timing.finished": "завершена, по фактическим данным ({start} – {finish})",
  "timing.inProgress":
    "выполняется, по фактическим данным готово {percent} на {asOf}; остаток занимает оставшуюся часть плановой длительности",
  "timing.notBeforeDataDate": "не начата к дате отчёта {asOf}, поэтому начинается не раньше неё",
  "proof.recordedSpendFunds":
    "по фактическим данным к {date} израсходовано {recorded}; вместе с обучением и обслуживанием долга это {spent}, а фонды дают к этому времени лишь {available}; добавьте в фонды транш, из которого это оплачено, или исправьте сумму расходов в фактических данных",
};
