import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST, twoPartnerScenario } from "../roadmap/testing/fixtures.ts";
import { createPrng } from "./prng.ts";
import { samplePert, sampleTriangular } from "./distributions.ts";
import { mergeRiskSamples, riskAnalysis, riskSampleRange } from "./risk-analysis.ts";

const risky = () =>
  twoPartnerScenario((s) => {
    s.partners![1]!.unavailableProbability = 0.3;
    s.risk = { durationUncertainty: [{ modelType: "technology-transfer", min: 0.9, mode: 1, max: 1.6 }] };
  });

describe("riskAnalysis", () => {
  it("is reproducible with a seed", () => {
    const a = riskAnalysis(risky(), {}, { samples: 60, seed: 11 });
    const b = riskAnalysis(risky(), {}, { samples: 60, seed: 11 });
    expect(a).toEqual(b);
    const c = riskAnalysis(risky(), {}, { samples: 60, seed: 12 });
    expect(c.histogram).not.toEqual(a.histogram);
  });

  it("orders the percentiles and counts partner drop-outs", () => {
    const r = riskAnalysis(risky(), {}, { samples: 200, seed: 5 });
    expect(r.p50! <= r.p80! && r.p80! <= r.p95!).toBe(true);
    expect(r.p50! >= r.baseline!).toBe(true); // durations only stretch (mode 1, max 1.6)
    expect(r.histogram.reduce((s, h) => s + h.count, 0)).toBe(200);
    const drops = r.partnerEvents.find((p) => p.partner === "p2")!.dropped;
    expect(drops).toBeGreaterThan(30);
    expect(drops).toBeLessThan(90);
    expect(r.completed).toBe(200); // p1 takes over when p2 drops
    expect(r.noPlan).toEqual({ count: 0, reasons: [] });
    expect(r.searchFailures).toBe(0);
  });

  it("gives the probability of meeting the due date", () => {
    const late = riskAnalysis(
      twoPartnerScenario((s) => {
        s.targets![0]!.dueDate = "2025-01-15";
      }),
      {},
      { samples: 20, seed: 1 },
    );
    expect(late.dueDates).toEqual([{ targetId: "chip", dueDate: "2025-01-15", probability: 0 }]);
    const easy = riskAnalysis(twoPartnerScenario(), {}, { samples: 20, seed: 1 });
    expect(easy.dueDates[0]!.probability).toBe(1);
  });

  it("perturbs a given baseline plan: without uncertainty every sample completes on the baseline date", () => {
    const scenario = twoPartnerScenario();
    const baseline = planRoadmap(scenario, {}, FAST);
    const r = riskAnalysis(scenario, {}, { samples: 10, seed: 2, baseline });
    expect(r.baseline).toBe(baseline.completion.date);
    expect([r.p50, r.p80, r.p95]).toEqual([
      baseline.completion.date,
      baseline.completion.date,
      baseline.completion.date,
    ]);
  });
});

describe("seeded distributions", () => {
  it("keeps triangular and PERT samples inside [low, high] with the right mean", () => {
    const rng = createPrng(42);
    const tri = Array.from({ length: 5000 }, () => sampleTriangular(rng, { low: 1, mode: 2, high: 6 }));
    const pert = Array.from({ length: 5000 }, () => samplePert(rng, { low: 1, mode: 2, high: 6 }));
    expect(Math.min(...tri)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...tri)).toBeLessThanOrEqual(6);
    expect(tri.reduce((s, x) => s + x, 0) / tri.length).toBeCloseTo(3, 1); // (1+2+6)/3
    expect(pert.reduce((s, x) => s + x, 0) / pert.length).toBeCloseTo(2.5, 1); // (1+4·2+6)/6
  });

  it("repeats its stream for a seed", () => {
    const a = createPrng(3);
    const b = createPrng(3);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});

describe("honest risk", () => {
  it("a gap with a single possible supplier: drop-outs counted as no plan with the reason, never as dates", () => {
    const scenario = twoPartnerScenario((s) => {
      s.partners!.pop(); // p1 is the only supplier of N25
      s.partners![0]!.unavailableProbability = 0.27;
    });
    const r = riskAnalysis(scenario, {}, { samples: 300, seed: 3 });
    expect(r.searchFailures).toBe(0);
    expect(r.completed + r.noPlan.count).toBe(300);
    expect(r.noPlan.reasons).toMatchObject([
      { reason: "N25 (chip): the only lawful supplier, p1, dropped out", count: r.noPlan.count },
    ]);
    expect(r.noPlan.reasons[0]!.message.code).toBe("risk.gapLost");
    expect(r.noPlan.count).toBe(r.partnerEvents[0]!.dropped);
    expect(r.probabilityNoPlan).toBeCloseTo(r.noPlan.count / 300, 10);
    expect(r.probabilityNoPlan).toBeGreaterThan(0.15);
    expect(r.probabilityNoPlan).toBeLessThan(0.4);
    // Percentiles and the histogram cover only the samples that complete.
    expect(r.histogram.reduce((s, h) => s + h.count, 0)).toBe(r.completed);
    expect(r.p95).toBe(r.baseline); // no duration uncertainty: every completed sample is on the baseline date
    // The due date (not a deadline) and the probability over all samples.
    expect(r.dueDates[0]).toEqual({
      targetId: "chip",
      dueDate: "2026-01-01",
      probability: r.completed / 300,
    });
  });
});

describe("licence decisions in risk", () => {
  it("samples refusals (no plan, with the rule) and processing times around the planned one", () => {
    const scenario = twoPartnerScenario((s) => {
      s.partners!.pop();
      s.partners![0]!.regimes = ["US-EAR"];
      s.rules = {
        exportControls: [
          {
            id: "lic",
            regime: "US-EAR",
            categories: ["3E"],
            destinations: ["*"],
            requirement: "licence",
            licenceDecision: { approvalProbability: 0.7, days: { min: 30, mode: 60, max: 360 } },
            citation: "c",
            text: "t",
          },
        ],
      };
    });
    const r = riskAnalysis(scenario, {}, { samples: 200, seed: 4 });
    expect(r.noPlan.reasons).toMatchObject([
      {
        reason: "N25 (chip): the only lawful supplier, p1, was refused the licence under lic",
        count: r.noPlan.count,
      },
    ]);
    expect(r.probabilityNoPlan).toBeGreaterThan(0.2);
    expect(r.probabilityNoPlan).toBeLessThan(0.4);
    // The planned licence time is the mode (60 days); sampled times up to 360 push P95 later.
    expect(r.p50! < r.p95!).toBe(true);
    expect(r.searchFailures).toBe(0);
  });
});

describe("sample ranges", () => {
  const scenario = () =>
    twoPartnerScenario((s) => {
      s.partners!.pop(); // p1 alone: its drop-outs are samples with no plan
      s.partners![0]!.unavailableProbability = 0.27;
      s.risk = { durationUncertainty: [{ modelType: "technology-transfer", min: 0.9, mode: 1, max: 1.6 }] };
    });

  it("ranges run separately (in any order, the baseline through JSON) merge into the analysis's figures", () => {
    const s = scenario();
    const baseline = planRoadmap(s, {}, { seed: 5 });
    const whole = riskAnalysis(s, {}, { samples: 90, seed: 5, baseline });
    expect(whole.noPlan.count).toBeGreaterThan(0);
    expect(whole.p50).not.toBe(whole.p80);
    const stored = JSON.parse(JSON.stringify(baseline));
    const ranges = [
      [60, 90],
      [0, 25],
      [25, 60],
    ].map(([from, to]) => riskSampleRange(s, {}, { seed: 5, baseline: stored, from: from!, to: to! }));
    expect(ranges.reduce((a, r) => a + r.noPlan + r.completions.length, 0)).toBe(90);
    expect(mergeRiskSamples(ranges, 90)).toEqual({
      p50: whole.p50,
      p80: whole.p80,
      probabilityNoPlan: whole.probabilityNoPlan,
    });
    const one = riskSampleRange(s, {}, { seed: 5, baseline, from: 0, to: 90 });
    expect(mergeRiskSamples([one], 90)).toEqual(mergeRiskSamples(ranges, 90));
    expect(one.completions).toEqual([...one.completions].sort());
  });

  it("refuses ranges that leave out or repeat samples, and a range that is not one", () => {
    const r = (from: number, to: number) => ({ from, to, completions: [], noPlan: to - from });
    expect(() => mergeRiskSamples([r(0, 10), r(11, 20)], 20)).toThrow(/leave out or repeat samples at 10/);
    expect(() => mergeRiskSamples([r(0, 10), r(5, 20)], 20)).toThrow(/at 10/);
    expect(() => mergeRiskSamples([r(0, 10)], 20)).toThrow(/end at 10, not at 20/);
    expect(mergeRiskSamples([r(0, 20)], 20)).toEqual({ p50: null, p80: null, probabilityNoPlan: 1 });
    expect(() => riskSampleRange(scenario(), {}, { from: 5, to: 2 })).toThrow(/not a range/);
  });
});
