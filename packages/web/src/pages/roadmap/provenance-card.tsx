import { Alert, Card, List, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../api/types.ts";
import { useDomainText } from "../../i18n/domain-message.tsx";
import { useFormat } from "../../i18n/format.ts";

/** Blocking decisions: gaps that no option can close, with the rules that decide them. */
export function BlockingAlert({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { say, name } = useDomainText();
  if (!plan.blocking || plan.blocking.length === 0) return null;
  return (
    <Alert color="red" title={t("blocking.title")} data-testid="plan-blocking">
      <List size="sm">
        {plan.blocking.map((b) => (
          <List.Item key={b.gapId}>
            <b>{name("gap", b.gapId) === b.gapId ? b.inputName : name("gap", b.gapId)}</b>:{" "}
            {say(b.message, b.reason)}
            {b.rules.length > 0 ? ` (${t("blocking.rules")}: ${b.rules.join(", ")})` : ""}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Share of each target made at home over time. */
export function LocalizationCard({ plan, targetName }: { plan: Plan; targetName: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!plan.localization || plan.localization.length === 0) return null;
  return (
    <Card withBorder data-testid="plan-localization">
      <Title order={3} size="h4" mb="xs">
        {t("localization.title")}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("localization.target")}</Table.Th>
            <Table.Th>{t("localization.steps")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.localization.map((l) => (
            <Table.Tr key={l.targetId}>
              <Table.Td>{targetName(l.targetId)}</Table.Td>
              <Table.Td>
                {l.steps
                  .map((s) =>
                    t("localization.step", { share: format.percent(s.share), date: format.date(s.date) }),
                  )
                  .join("; ")}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Where the plan comes from: scenario version and hash, search, datasets, rules, facts, assumptions. */
export function ProvenanceCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = plan.provenance;
  if (!p) return null;
  const rows: [string, string][] = [
    [
      t("provenance.scenario"),
      `${p.scenario.id}${p.scenario.version !== null ? `, ${t("provenance.version", { version: p.scenario.version })}` : ""}${p.scenario.sha256 ? ` · sha256 ${p.scenario.sha256.slice(0, 16)}…` : ""}`,
    ],
    [
      t("provenance.search"),
      `${t("provenance.searchText", {
        profile: t(`profiles.${p.profile}`, { defaultValue: p.profile }),
        seed: p.seed,
        schedules: format.integer(plan.stats?.schedulesGenerated ?? p.budget.maxSchedules),
      })}${plan.stats ? ` · ${t(`provenance.stoppedBy.${plan.stats.stoppedBy}`, { defaultValue: plan.stats.stoppedBy })}` : ""}`,
    ],
  ];
  if (plan.stats) rows.push([t("provenance.earliest"), format.date(plan.stats.earliestCompletionDate)]);
  for (const d of p.datasets) rows.push([t("provenance.datasets"), `${d.name} — ${d.version} (${d.date})`]);
  for (const r of p.exchangeRates)
    rows.push([t("provenance.rates"), `1 ${r.currency} = ${r.rate} ${p.currency} (${format.date(r.date)})`]);
  for (const r of p.rules) rows.push([t("provenance.rules"), `${r.id}: ${r.citation}`]);
  for (const f of p.facts)
    rows.push([t("provenance.facts"), `${f.id}: ${f.title}${f.date ? ` (${f.date})` : ""}`]);
  for (const a of p.assumptions) rows.push([t("provenance.assumptions"), `${a.path}: ${a.text}`]);
  return (
    <Card withBorder data-testid="plan-provenance">
      <Title order={3} size="h4" mb="xs">
        {t("provenance.title")}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value], i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows repeat labels and never reorder
            <Table.Tr key={i}>
              <Table.Th w={220}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="xs">
        {t("provenance.note")}
      </Text>
    </Card>
  );
}
