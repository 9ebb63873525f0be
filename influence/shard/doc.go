// Package shard splits the suffix-array index of package sarray into shards built
// by an Apache Beam pipeline, and answers queries over all shards exactly as one
// sarray.Index over the same corpus does.
//
// # Contract
//
// A shard set holds documents 0..D-1 in one global order (datanets by name, points by
// id, as sarray.BuildStore orders them; documents added later by Add follow). Shard k
// holds the contiguous documents [First_k, First_{k+1}), so the concatenation of the
// shards' token sections is the monolithic corpus, token for token, and a global
// document id is First_k plus the shard's own id.
//
// Assignment rule (Plan): with c_i the token position of document i in the global
// corpus (each document counts its tokens plus one separator) and T the corpus length,
// document i goes to shard ⌊S·c_i/T⌋ (capped at S-1); shards left empty by a document
// longer than T/S are dropped, so a set may hold fewer than S shards. Every shard thus
// holds at most T/S tokens plus one document. The rule depends only on the ordered
// document lengths: the same corpus and S give the same shards on any runner.
//
// Because no n-gram crosses a separator, every occurrence lies inside one document and
// so inside one shard: Count is the sum over shards, LongestMatch the longest over
// shards with the counts of the shards that reach it. Locate with a limit returns, as
// sarray does, the first occurrences in the order of the *global* suffix array; shards
// sort their suffixes as if their text ended at the shard's end, which differs from the
// global order only for suffixes that reach that end while comparing equal, so Locate
// takes from each shard its first limit occurrences plus those ambiguous ones, and
// orders the candidates by comparing their suffixes in the global text. Spans and
// Resolve then apply sarray's rules (sarray.SpansOf) unchanged. A test checks every
// answer against a monolithic index bit for bit.
//
// # Layout
//
// Under a set directory (the store's files/index/shards): set.json, the set manifest
// (format version, corpus version = sarray.CorpusVersion of all documents in set order,
// tokenizer fingerprint and name, per-datanet point counts for staleness, and for each
// shard its directory, first document, sizes and the sha256 of its manifest); and one
// directory per shard holding corpus.sa and docs.bin in sarray's formats (each with its
// own CRC-32C and the shard's corpus version) and manifest.json (shard id and count,
// document range, sizes, corpus and tokenizer versions, sha256 and size of both files).
// Open refuses a set whose shard manifests, files or versions disagree (errors wrap
// sarray.ErrChecksum, sarray.ErrFormat, sarray.ErrCorpusVersion).
//
// # Building
//
// Build reads the store's documents in the launching process, stages them as JSON
// lines beside the set and runs a Beam pipeline: read → tokenize (DoFn) → plan the
// shards (a global combine of document lengths) → key by shard (plan as side input)
// → group → build and write each shard (DoFn). The default runner is Beam's Prism, in
// process; Options.Runner "universal" submits the same pipeline to a portable job
// server (Flink, Spark, Dataflow) at Options.Endpoint, whose workers must see the set
// directory (a shared file system). Add indexes only documents new since the set was
// built, as one more shard; Compact merges adjacent small shards.
//
// # Fan-out
//
// Index and Sketches query their shards on at most W goroutines (OpenOptions.Workers,
// Index.SetWorkers, OpenSketches' workers: 0 = GOMAXPROCS, 1 = sequential); each shard
// fills its own slot and the slots are merged in shard order, so answers do not depend
// on W or the schedule.
//
// # Sketch sets
//
// BuildSketches computes an adapter's gradient sketches as shards of contiguous rows
// of the monolithic sketch file (boundaries on multiples of the batch size) by a Beam
// pipeline: raw sketches per shard, the empirical Fisher and damping once over all
// rows, the preconditioned sketches per shard, the set-wide quantization shift (a
// global max), and per shard the quantized sketches and committed leaves; sketches.json
// holds the root of the tree over all leaves. Every row, λ, the shift and the root
// equal lm.BuildSketches' and lm.Commit's bit for bit. Sketches.TopK merges the shards'
// influence.ScanTopK into the monolithic top k (score, then row); Sketches.IntTopK is
// the committed scorer's integer selection with a keep filter (calls to keep are
// serialised: it need not be safe for concurrent use). RawTopK, RawRow and
// RawGradients serve the raw sketches (TracIn, DataInf).
//
// With SketchOptions.Fisher = FisherPartial the Fisher is instead the sum of per-shard
// partial Fishers (a Beam Combine that adds them in shard order, so any runner gives
// the same bits): equal to the exact one up to float rounding only, so the set's root
// may differ from the monolithic one; the manifests record the mode.
//
// CommitSketchSet makes a set, of either mode, the adapter's committed evidence
// (lm.CommitSet: its root, shift and shape, named by influence.Commitment.Set); the
// package registers lm's set opener (lm.RegisterSetOpener) so that lm's proofs,
// challenges and verification read a set-committed adapter's set (Sketches is an
// lm.CommittedLeaves: leaves.bin and quant.bin) without a monolithic sketch file.
//
// # Embedding sets
//
// BuildEmbeddings computes an adapter's embedding candidate index as shards of
// contiguous sketch rows (lm.EmbedSequences per shard, a DoFn); each shard holds an
// embed index file keyed by global row, its ids and a manifest; embeddings.json
// records the sha256 of the monolithic file lm.BuildEmbeddings would write
// (embed.ConcatSHA256), which every vector equals bit for bit. Embeddings.Nearest
// merges the shards' embed.Index.Exact into the monolithic top k (score, then key).
//
// # Attribution
//
// Index is an lm.SpanSource, Sketches an lm.RawSketchSource and Embeddings an
// lm.EmbeddingSource: lm.Attribute over them
// files the records it files over the monolithic index and sketch file. OpenSources
// chooses the sets for a store and adapter (named sets must fit, else an error;
// discovered ones that do not fit are skipped with a warning), Sources.Apply sets
// lm.Options, and Resolver keeps them open across a serving process's calls.
//
// Pipeline runs are serialized per process, and the empty placeholder worker binary
// Beam's loopback runner leaves in os.TempDir for every run is removed afterwards.
//
// Programmer errors (a shard count below 1) panic; data and I/O problems are errors.
package shard
