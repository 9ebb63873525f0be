// Package node runs poa's main job: the pipeline a validator's prover node performs,
// from datanets to an on-chain settlement. `poa demo` and `poa serve` call it; every
// step is also a CLI command of its own.
//
// # Steps
//
//  1. import the bundled datanets (datanet.ImportBundled);
//  2. train the base model and its tokenizer on all of them (gradients.TrainBase);
//  3. train one LoRA adapter per datanet (gradients.TrainAdapter);
//  4. build the suffix-array index over the corpus (sarray.BuildStore);
//  5. compute and precondition every adapter's gradient sketches (lm.BuildSketches),
//     and for datanets over lm.CandidateThreshold points the embedding index that
//     restricts gradient scoring to candidates (lm.BuildEmbeddings);
//  6. answer the demo prompts with attribution (lm.Attribute), each inference paying a fee;
//  7. finish any epoch an interrupted run left unsettled, then close the epoch, prove the
//     reward split, deploy to the chain and post and confirm the settlement
//     (settlement.Settle), and read back what the contract paid.
//
// # Idempotence
//
// Each step looks for its result in the store first and skips itself when the result
// is there and still matches its inputs (a model trained on the same datanets, an index
// of the same corpus version, sketches of the same adapter hash). Interrupted training
// resumes from its checkpoint. Options.Fresh is the caller's business (delete the data
// directory).
package node
