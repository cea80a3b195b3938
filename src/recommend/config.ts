/**
 * Chosen defaults for every model, in one place. Tuned with `bench/recommend-maths.ts tune` on
 * validation splits carved from training data only: rating models on 20% of fold 0's training
 * ratings, EASE on a per-user 25% of the top-N training ratings. Baseline keeps Surprise's
 * defaults; the content weights are untuned (ml-latest-small has no feature data in the ratings).
 */
export const RECOMMENDER_DEFAULTS = {
  seed: 42,
  baseline: {
    /** Surprise BaselineOnly defaults: reg_u = 15, reg_i = 10, 10 ALS passes. */
    userRegularisation: 15,
    itemRegularisation: 10,
    epochs: 10,
  },
  factorModel: {
    factors: 100,
    epochs: 60,
    learningRate: 0.015,
    regularisation: 0.1,
    biasLearningRate: 0.005,
    biasRegularisation: 0.02,
    initStd: 0.1,
    /** Learning rate multiplied by this after each epoch. */
    learningRateDecay: 1,
    /**
     * Served training caps the epochs so that epochs × ratings stays within this: all 60 on
     * ml-latest-small, 8 on 25 million ratings (where 60 would take most of an hour here).
     */
    maxUpdates: 200_000_000,
    seed: 42,
  },
  itemKnn: {
    /** centred-cosine beat pearson-baseline on validation (RMSE 0.8686 vs 0.8734). */
    similarity: 'centred-cosine' as 'pearson-baseline' | 'centred-cosine',
    shrinkage: 100,
    /** Neighbours used per prediction: the k most similar among the items the user rated. */
    k: 50,
    /**
     * Neighbours stored per item, searched for the user's rated items and used to explain; at 1000
     * validation RMSE equals keeping every positive neighbour (300 costs ~0.002).
     */
    storedNeighbours: 1000,
    minSupport: 1,
    /** As the item–item model's: heavy raters add a sample of 500 of their ratings. */
    coOccurrenceCap: 500,
  },
  content: {
    /** Per feature type (the prefix before ':'); unlisted types weigh 1. */
    typeWeights: {} as Readonly<Record<string, number>>,
  },
  ease: {
    /** With user weighting on; 300 is the best plain (unweighted) value. */
    lambda: 50,
    /** Items with fewer interactions are left out of the model (kept out of the Gram matrix). */
    minItemSupport: 5,
    popularityPenalty: 0,
    /** Rows weigh n_u^−0.5: +0.004 validation NDCG@10 over the best unweighted λ. */
    userWeightExponent: 0.5,
  },
  itemItem: {
    /** K. See docs/evaluation.md for what K, λ and the solver buy on ml-latest-small. */
    neighbours: 200,
    candidates: 400,
    lambda: 20,
    /**
     * EDLAE-style dropout penalty: on the validation split 0.2 / 0.3 / 0.4 each gave +0.0007 to
     * +0.0009 NDCG@10 over plain ridge (0); see docs/evaluation.md.
     */
    dropout: 0.3,
    userWeightExponent: 0.5,
    minItemSupport: 5,
    /** Users' ratings beyond this are sampled for the co-occurrence counts (see SparseItemOptions). */
    coOccurrenceCap: 500,
    /** Conjugate-gradient steps per movie; the regressions are well conditioned, so 12 suffice. */
    cgIterations: 12,
    threads: 2,
  },
  tasteProfile: {
    /**
     * The implicit-feedback factor model behind the "matches your taste profile" term (iALS:
     * rated = 1 with weight 1, the rest 0 with weight α₀). Chosen on the validation split, see
     * docs/evaluation.md: α₀ 0.1 and λ 5 (constant, exponent 0) scored best alone and blended;
     * 32 factors beat 16, 48 and 64; 10 epochs did as well as 15.
     */
    factors: 32,
    epochs: 10,
    regularisation: 5,
    regularisationExponent: 0,
    unobservedWeight: 0.1,
    cgSteps: 3,
    initStd: 0.1,
    /** As the factor model's: epochs × ratings stays within this (10 on ml-latest-small, 4 on 25M). */
    maxUpdates: 100_000_000,
    seed: 42,
  },
  blend: {
    /** Ridge penalty on the blend weights (the intercept is not penalised). */
    ridge: 1,
    /** Share held out by BlendModel.fit (the tuning bench); served training holds out 2%, see trainModels. */
    validationFraction: 0.2,
  },
} as const;
