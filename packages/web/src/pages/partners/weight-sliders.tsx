import { Grid, Slider, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function WeightSliders({
  weights,
  onChange,
}: {
  weights: Record<string, number>;
  onChange: (next: Record<string, number>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Grid data-testid="weight-sliders">
      {Object.entries(weights).map(([criterion, value]) => {
        const label = t(`partners.criteria.${criterion}`, { defaultValue: criterion });
        return (
          <Grid.Col key={criterion} span={{ base: 12, sm: 6, md: 3 }}>
            <Text size="sm" id={`weight-${criterion}`}>
              {label}: {value.toFixed(2)}
            </Text>
            <Slider
              min={0}
              max={1}
              step={0.05}
              value={value}
              onChange={(v) => onChange({ ...weights, [criterion]: v })}
              thumbLabel={label}
              label={(v) => v.toFixed(2)}
            />
          </Grid.Col>
        );
      })}
    </Grid>
  );
}
