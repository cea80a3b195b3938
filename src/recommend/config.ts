/**
 * Chosen defaults for every model, in one place. The rating-model values were tuned on a
 * validation split carved from training data (see bench/recommend-maths.ts), never on test folds.
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
    epochs: 40,
    learningRate: 0.007,
    regularisation: 0.05,
    biasLearningRate: 0.007,
    biasRegularisation: 0.02,
    initStd: 0.1,
    /** Learning rate multiplied by this after each epoch. */
    learningRateDecay: 1,
    seed: 42,
  },
  itemKnn: {
    similarity: 'pearson-baseline' as 'pearson-baseline' | 'centred-cosine',
    shrinkage: 100,
    /** Neighbours used per prediction: the k most similar among the items the user rated. */
    k: 40,
    /** Neighbours stored per item, searched for the user's rated items and used to explain. */
    storedNeighbours: 300,
    minSupport: 1,
  },
  content: {
    /** Per feature type (the prefix before ':'); unlisted types weigh 1. */
    typeWeights: {} as Readonly<Record<string, number>>,
  },
  ease: {
    lambda: 300,
    /** Items with fewer interactions are left out of the model (kept out of the Gram matrix). */
    minItemSupport: 5,
  },
  blend: {
    /** Ridge penalty on the blend weights (the intercept is not penalised). */
    ridge: 1,
    /** Share of the training ratings held out to learn the blend weights. */
    validationFraction: 0.2,
  },
} as const;
