import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScenarioDocument, ScenarioShape } from "../../api/types.ts";
import { useSaveScenario } from "../../app/save-scenario.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { ConflictAlert } from "../editor/conflict-alert.tsx";
import { applyEdits, type EditPath, pathKey, type ScenarioEdit } from "./scenario-edit.ts";

/**
 * Edits what a collaboration model means for one partner — the regimes that bind the partner, the
 * models each of its offers is open to, its capacity and cost factor — and the model's own
 * parameters; saving writes a new scenario version.
 */
export function PartnerDesigner({
  doc,
  shape,
  onSaved,
}: {
  doc: ScenarioDocument;
  shape: ScenarioShape;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const partners = shape.partners ?? [];
  const models = shape.models ?? [];
  const [partnerId, setPartnerId] = useState(partners[0]?.id ?? null);
  const [modelId, setModelId] = useState(models[0]?.id ?? null);
  const [draft, setDraft] = useState(new Map<string, ScenarioEdit>());
  const [textError, setTextError] = useState<unknown>(null);
  const save = useSaveScenario(doc.id);
  const pi = partners.findIndex((p) => p.id === partnerId);
  const mi = models.findIndex((m) => m.id === modelId);
  const partner = partners[pi];
  const model = models[mi];

  function edit(path: EditPath, value: unknown) {
    setDraft((old) => new Map(old).set(pathKey(path), { path, value }));
  }
  function read<T>(path: EditPath, current: T): T {
    const pending = draft.get(pathKey(path));
    return pending ? (pending.value as T) : current;
  }
  const modelOptions = models.map((m) => ({ value: m.id, label: m.name ?? m.id }));
  // Chips inside the offer table show ids; the long names are in the catalog above.
  const modelIds = models.map((m) => ({ value: m.id, label: m.name ?? m.id }));

  return (
    <Stack data-testid="partner-designer">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("models.partner")}
          data={partners.map((p) => ({ value: p.id, label: `${p.name ?? p.id} (${p.country ?? "?"})` }))}
          value={partnerId}
          onChange={setPartnerId}
          allowDeselect={false}
        />
        <Select
          label={t("models.model")}
          data={modelOptions}
          value={modelId}
          onChange={setModelId}
          allowDeselect={false}
        />
      </SimpleGrid>
      {partner ? (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t("models.forPartner", { partner: partner.name ?? partner.id })}
          </Title>
          <TagsInput
            label={t("models.regimes")}
            description={t("models.regimesHint")}
            value={read(["partners", pi, "regimes"], partner.regimes ?? [])}
            onChange={(v) => edit(["partners", pi, "regimes"], v)}
            data-testid="designer-regimes"
          />
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("models.offer")}</Table.Th>
                <Table.Th>{t("models.openTo")}</Table.Th>
                <Table.Th>{t("models.capacity")}</Table.Th>
                <Table.Th>{t("models.costFactor")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(partner.offers ?? []).map((offer, oi) => {
                const base = ["partners", pi, "offers", oi] as const;
                const label = `${offer.input}${offer.node ? ` · ${offer.node} nm` : ""}`;
                return (
                  <Table.Tr key={pathKey(base)}>
                    <Table.Td miw={110}>{label}</Table.Td>
                    <Table.Td miw={260}>
                      <MultiSelect
                        aria-label={t("models.openToFor", { offer: label })}
                        placeholder={t("models.allModels")}
                        data={modelIds}
                        value={read([...base, "models"], offer.models ?? [])}
                        onChange={(v) => edit([...base, "models"], v.length > 0 ? v : undefined)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t("models.capacityFor", { offer: label })}
                        min={0}
                        value={read([...base, "capacity"], offer.capacity ?? 0)}
                        onChange={(v) => edit([...base, "capacity"], Number(v))}
                        rightSection={
                          <Text size="xs" c="dimmed">
                            {t(`capacityUnits.${offer.unit ?? "units-per-year"}`, {
                              defaultValue: offer.unit ?? "",
                            })}
                          </Text>
                        }
                        rightSectionWidth={90}
                        w={200}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t("models.costFactorFor", { offer: label })}
                        min={0.01}
                        step={0.05}
                        decimalScale={2}
                        value={read([...base, "costFactor"], offer.costFactor ?? 1)}
                        onChange={(v) => edit([...base, "costFactor"], Number(v))}
                        w={100}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}
      {model ? (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t("models.modelParams", { model: model.name ?? model.id })}
          </Title>
          <Text size="xs" c="dimmed">
            {t("models.sharedHint")}
          </Text>
          <Group align="flex-end">
            <TagsInput
              label={t("models.transfers")}
              description={t("models.transfersHint")}
              value={read(["models", mi, "transfers"], model.transfers ?? [])}
              onChange={(v) => edit(["models", mi, "transfers"], v)}
              w={320}
            />
            <NumberInput
              label={t("models.localization")}
              min={0}
              max={1}
              step={0.05}
              decimalScale={2}
              value={read(["models", mi, "localization"], model.localization ?? 0)}
              onChange={(v) => edit(["models", mi, "localization"], Number(v))}
              w={140}
            />
          </Group>
          <Group>
            {(model.workPackages ?? []).map((wp, wi) => (
              <NumberInput
                key={pathKey(["models", mi, "workPackages", wi])}
                label={t("models.durationOf", {
                  kind: t(`models.kinds.${wp.kind}`, { defaultValue: wp.kind }),
                })}
                min={0}
                value={read(["models", mi, "workPackages", wi, "duration"], wp.duration)}
                onChange={(v) => edit(["models", mi, "workPackages", wi, "duration"], Number(v))}
                w={150}
              />
            ))}
          </Group>
        </Stack>
      ) : null}
      <Group>
        <Button
          disabled={draft.size === 0}
          loading={save.isPending}
          onClick={() => {
            setTextError(null);
            try {
              save.mutate(
                { version: doc.version, content: applyEdits(doc.content, [...draft.values()]) },
                { onSuccess: (saved) => onSaved(saved.version) },
              );
            } catch (error) {
              setTextError(error);
            }
          }}
          data-testid="designer-save"
        >
          {t("models.save", { count: draft.size })}
        </Button>
        <Button variant="subtle" disabled={draft.size === 0} onClick={() => setDraft(new Map())}>
          {t("models.discard")}
        </Button>
      </Group>
      {save.error ? (
        <ConflictAlert
          error={save.error}
          onReload={() => void client.invalidateQueries({ queryKey: ["scenario", doc.id] })}
        />
      ) : null}
      <ProblemAlert error={textError} />
    </Stack>
  );
}
