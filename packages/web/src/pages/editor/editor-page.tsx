import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/endpoints.ts";
import type { ScenarioDocument, ScenarioVersion } from "../../api/types.ts";
import { useRoute } from "../../app/route.ts";
import { useScenario, useScenarioId } from "../../app/scenario-context.tsx";
import { useSaveScenario } from "../../app/save-scenario.ts";
import { useFormat } from "../../i18n/format.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { QueryView } from "../../ui/query-view.tsx";
import { ConflictAlert } from "./conflict-alert.tsx";
import { offsetOf } from "./text-position.ts";

export function EditorPage() {
  const { t } = useTranslation();
  const scenarioId = useScenarioId();
  const scenario = useScenario(scenarioId);
  return (
    <Stack>
      <Title order={2} data-testid="page-title">
        {t("editor.title")}
      </Title>
      {scenarioId === null ? (
        <ScenarioText key="new" doc={null} />
      ) : (
        <QueryView query={scenario}>
          {(doc) => <ScenarioText key={`${doc.id}@${doc.version}`} doc={doc} />}
        </QueryView>
      )}
    </Stack>
  );
}

function ScenarioText({ doc }: { doc: ScenarioDocument | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const [, navigate] = useRoute();
  const [text, setText] = useState(doc?.content ?? "");
  const [name, setName] = useState("");
  const [debounced] = useDebouncedValue(text, 400);
  const area = useRef<HTMLTextAreaElement>(null);
  const validation = useQuery({
    queryKey: ["validate", debounced],
    queryFn: () => api.validate(debounced),
    enabled: debounced.trim() !== "",
    staleTime: Number.POSITIVE_INFINITY,
  });
  const save = useSaveScenario(doc?.id ?? "");
  const create = useMutation({
    mutationFn: () => api.createScenario(name.trim() || t("editor.untitled"), text),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ["scenarios"] });
      navigate({ scenario: created.id });
    },
  });
  const versions = useQuery({
    queryKey: ["versions", doc?.id, doc?.version],
    queryFn: async () => {
      const data: unknown = await api.versions(doc?.id ?? "");
      const list = Array.isArray(data) ? data : (data as { versions?: unknown }).versions;
      return (Array.isArray(list) ? list : []) as ScenarioVersion[];
    },
    enabled: doc !== null,
  });

  const issues = validation.data?.issues ?? [];
  const fresh = debounced === text && validation.isSuccess;
  const dirty = doc !== null && text !== doc.content;

  function jumpTo(line: number, column: number) {
    const el = area.current;
    if (!el) return;
    const offset = offsetOf(text, line, column);
    el.focus();
    el.setSelectionRange(offset, offset);
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {doc ? t("editor.editing", { name: doc.name, version: doc.version }) : t("editor.creating")}
        </Text>
        <Group gap="xs" aria-live="polite" data-testid="validation-state">
          {validation.isFetching || !fresh ? (
            <Badge color="gray">{t("editor.checking")}</Badge>
          ) : issues.length === 0 && validation.data?.ok ? (
            <Badge color="teal">{t("editor.valid")}</Badge>
          ) : (
            <Badge color="red">{t("editor.issues", { count: issues.length })}</Badge>
          )}
        </Group>
      </Group>
      <Textarea
        ref={area}
        className="editor-area"
        label={t("editor.content")}
        description={t("editor.contentHint")}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={18}
        maxRows={32}
        spellCheck={false}
        aria-invalid={fresh && issues.length > 0}
        aria-describedby="scenario-issues"
        data-testid="scenario-text"
      />
      <div id="scenario-issues">
        {fresh && issues.length > 0 ? (
          <Card withBorder padding="sm" data-testid="validation-issues">
            <List size="sm" spacing={4}>
              {issues.map((issue) => (
                <List.Item key={`${issue.line}:${issue.column}:${issue.path}:${issue.message}`}>
                  <UnstyledButton
                    onClick={() => jumpTo(issue.line ?? 1, issue.column ?? 1)}
                    aria-label={t("editor.jump", { line: issue.line ?? 1, column: issue.column ?? 1 })}
                  >
                    <Text span fw={600} size="sm">
                      {t("editor.at", { line: issue.line ?? "?", column: issue.column ?? "?" })}
                    </Text>{" "}
                    {issue.path ? (
                      <Text span ff="monospace" size="sm">
                        {issue.path}:{" "}
                      </Text>
                    ) : null}
                    <Text span size="sm">
                      {issue.message}
                    </Text>
                    {issue.hint ? (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        — {issue.hint}
                      </Text>
                    ) : null}
                  </UnstyledButton>
                </List.Item>
              ))}
            </List>
          </Card>
        ) : null}
      </div>
      {validation.error ? <ProblemAlert error={validation.error} /> : null}
      {doc ? (
        <Group>
          <Button
            onClick={() => save.mutate({ version: doc.version, content: text })}
            loading={save.isPending}
            disabled={!dirty}
            data-testid="save-scenario"
          >
            {t("editor.save")}
          </Button>
          <Button variant="subtle" disabled={!dirty} onClick={() => setText(doc.content)}>
            {t("editor.revert")}
          </Button>
        </Group>
      ) : null}
      {save.error ? (
        <ConflictAlert
          error={save.error}
          onReload={() => void client.invalidateQueries({ queryKey: ["scenario", doc?.id] })}
        />
      ) : null}
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {t("editor.saveAsNew")}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t("editor.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={320}
          />
          <Button
            variant="light"
            onClick={() => create.mutate()}
            loading={create.isPending}
            disabled={!text.trim()}
          >
            {t("editor.create")}
          </Button>
        </Group>
        {create.error ? <ProblemAlert error={create.error} /> : null}
      </Card>
      {versions.data && versions.data.length > 0 ? (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t("editor.history")}
          </Title>
          <Text size="sm">
            {versions.data.map((v) => `v${v.version} (${format.dateTime(v.createdAt)})`).join(" · ")}
          </Text>
        </Card>
      ) : null}
    </Stack>
  );
}
