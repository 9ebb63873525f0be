// Package circuits holds poa's gnark circuits over BN254 and the native (out-of-circuit)
// definitions they prove: the reward-split circuit, the scores commitment and the payout
// fingerprint, the attribution score circuit with its sketch tree, and the epoch
// aggregation of attested records into the split's scores. It does no I/O and knows nothing of keys, files or the chain.
//
// # RewardSplit
//
// RewardSplit proves that a list of at most N payouts is the exact integer split of a
// data fee among committed per-contributor scores (docs/settlement-abi.md):
//
//	S = Σ s_i, payout_i = floor(dataFee·s_i / S) (all 0 when S = 0),
//	remainder = dataFee − Σ payout_i, 0 ≤ remainder < max(n,1) when S > 0.
//
// Public inputs, in this order: Epoch, Commitment, DataFee, Gamma, Fingerprint.
// Everything else (count n, rows of address, score, payout, per-row division remainder,
// active flags and the split remainder) is private.
//
// Units and bounds: scores are fixed-point unsigned integers < 2^64 (influence.ScoreScale
// units); fees and payouts are OPEN base units < 2^96; addresses are 160-bit integers;
// N ≤ MaxSize = 1024 so that S < 2^74. With these bounds every product in the circuit is
// below 2^171, far under the field order r ≈ 2^254, so no equation can wrap: each bound
// is enforced by binary decomposition (std/math/bits, one constraint per bit; a division
// remainder and its complement in 64 + ⌈log2 N⌉ bits). RewardSplit, AttributedSplit and
// AggregateCircuit have no commitment, so their Groth16 verifiers run one pairing check and
// proofs are 256 bytes; std/rangecheck's LogUp argument would take about 2.4× fewer
// constraints but adds a Pedersen commitment under Groth16, which costs every settlement
// about 121k gas on-chain. The score circuit keeps std/rangecheck.
//
// The floor is proven without division: dataFee·s_i = payout_i·S' + q_i with
// 0 ≤ q_i < S', S' = S + [S = 0]. Padding rows (i ≥ n) carry zero address, score and
// payout; the active flags are a monotone 1…10…0 sequence summing to n.
//
// # Commitment and fingerprint
//
// ScoresCommitment is a Merkle–Damgård chain of the Poseidon2 compression function of
// gnark-crypto (BN254, width 2, 6 full and 50 partial rounds, the default parameters),
// with zero IV, over the field elements
//
//	n, addr_0·2^64 + s_0, …, addr_{n−1}·2^64 + s_{n−1}
//
// (address and score packed into one element, injective since addr < 2^160 and
// s < 2^64; this halves the hashing cost per contributor). It does not depend on N.
//
// Fingerprint is Σ_{i<n} addr_i·γ^(2i+1) + payout_i·γ^(2i+2) mod r. The settlement
// contract recomputes it from calldata with γ = keccak(...) mod r (prover.Gamma), which
// binds the paid list to the proven witness by Schwartz–Zippel.
//
// # ScoreCircuit
//
// ScoreCircuit proves the attribution scores of one inference record ("verifiable
// attribution"). Each training data point has a gradient sketch g ∈ [−QuantMax,
// QuantMax]^K (16-bit quantized, QuantMax = 2^15 − 1), a point hash (PointHash, < 2^248)
// and a contributor address (< 2^160). Its leaf is
//
//	SketchLeaf = MD(LeafTag, point, contributor, pack(g)…),
//	pack: element e = Σ_{t<15} (g_{15e+t} + 2^15)·2^(16t)  (PackPer = 15 digits of 16 bits),
//
// with MD the leaf chain (Chain): a Merkle–Damgård chain of the width-16 Poseidon2
// permutation (8 full, 57 partial rounds: the Poseidon2 paper's 128-bit instance for
// BN254 at t = 16) that starts from the element count n and absorbs 15 elements per
// call, h ← P16(h, e_{15j}, …, e_{15j+14})[0] + h, zero-padding the last block. A
// packed sketch element costs about 37 R1CS constraints in it instead of 186 in the
// width-2 chain. The leaves sit at fixed
// positions of a SketchTree of fixed depth (missing leaves are 0, node = compress(l, r),
// bit d of the index says whether the node is the right child at height d), whose root
// is posted on-chain. The quantized query q of the inference is hashed as
// QueryHash = MD(QueryTag, K, pack(q)…). The score of a candidate is the exact integer
// s_i = Σ_j q_j·g_ij, and the record's result is, per contributor, the total of the
// positive parts Σ max(0, s_i) over its candidates.
//
// Public inputs, in this order: SketchRoot, QueryHash, Commitment, CorpusRoot,
// OutputHash, where Commitment is ScoresCommitment over the contributors whose total is
// non-zero, in ascending address order (ScoreStatement.Commitment): the same chain and
// packing addr·2^64 + total as the RewardSplit commitment, so that a total list proven
// here can feed a split; CorpusRoot and OutputHash are those of # Span evidence.
// Everything else is private: the count n ≤ M, monotone active flags, and per row the
// point, contributor, sketch, path siblings, path bits and the parts pos_i, neg_i of s_i;
// the output tokens and the span slots.
//
// The circuit of shape (M, K, depth) constrains:
//
//   - every query and sketch value v: v + 2^15 < 2^16 (so v ∈ [−2^15, 2^15 − 1], which
//     holds the native range and makes the packing injective); the in-circuit
//     QueryHash of q equals the public one;
//   - per active row: the leaf hashed from the row's point (< 2^248), contributor
//     (< 2^160) and sketch, folded along the path with boolean bits, equals SketchRoot;
//   - key_i = contributor_i·2^depth + index_i strictly increases over active rows
//     (key_{i+1} − key_i − 1 < 2^(160+depth)): no (contributor, leaf) pair twice, and as
//     a leaf binds its contributor, no leaf twice; the rows of a contributor are adjacent;
//   - s_i = pos_i − neg_i with pos_i, neg_i < 2^ScoreBitsFor(K) and pos_i·neg_i = 0, so
//     pos_i = max(0, s_i);
//   - a running total over each contributor's rows, committed at the group's last
//     active row when non-zero, with the number of such groups absorbed first.
//
// Inactive rows (i ≥ n) are left unconstrained apart from the range checks every row
// gets: their root is not compared, their key is not ordered, and they never close a
// group, so nothing of theirs reaches the commitment. AssignScore fills them with zeros.
//
// Bounds: K ≤ MaxScoreK = 4096, M ≤ MaxCandidates = 1024, depth ≤ MaxDepth = 32. Each
// product has |q_j·g_ij| ≤ 2^30, so |s_i| ≤ K·2^30 < 2^ScoreBitsFor(K) =
// 2^(30 + bitlen(K)) ≤ 2^43, a total is < M·2^43 ≤ 2^53 < 2^64 (TotalBits), and a key is
// < 2^192. No equation wraps: the dot product is a sum of at most 4096 terms of
// magnitude ≤ 2^30, so its field value is the integer s_i mod r with |s_i| < 2^43 ≪ r/2,
// and the sign split has a single solution; the key difference of two keys < 2^192 is
// in [0, 2^192) exactly when the keys increase; totals and packed commitment entries
// stay below 2^224 < r. The sign split needs the range checks on both parts (a
// negative s_i would otherwise appear as pos_i = r − |s_i|), and the packing needs the
// per-value checks (q_0 + 2^16, q_1 − 1 pack to the same element).
//
// The circuit proves scores for the candidates the prover lists; which points are
// candidates (say the top matches of an index) is not part of the statement.
//
// # Span evidence
//
// A record's span evidence says that output tokens [start, start+len) occur verbatim in
// a training document. The corpus commitment holds one leaf per tokenized document,
// CorpusLeaf = MD(CorpusTag, point, len(doc), packed tokens…) (PackPer tokens of 16 bits
// per element), under a tree of the SketchTree kind whose root is registered with the
// sketch root. The output and the list of proven spans are committed together as
//
//	OutputHash   = Chain(OutputTag, SpanListHash, len(out), packed tokens…)
//	SpanListHash = Chain(SpanListTag, c, then per active slot in slot order:
//	               point, off, start, len)
//
// with the same packing (MD and Chain are the width-16 leaf chain of # ScoreCircuit);
// OutputTag ("output") and SpanListTag ("spans") differ from the other tags.
//
// A ScoreCircuit of span shape (S, D, L, O, depth) (SpanShape) has the output padded to
// O tokens and S span slots, each with an active flag, the document's point hash and
// tokens padded to D, its length, its corpus path and bits, and the run: offset off in
// the document, length len ≤ L, start in the output. It constrains:
//
//   - the active slots come first (Active_i = 1 implies Active_{i−1} = 1), so their
//     count c = Σ Active_i names them;
//   - every output and document token is < 2^16; the first OutCount output tokens and
//     the span list of the c active slots hash to the public OutputHash;
//   - per active slot: the document's CorpusLeaf, hashed in-circuit over its first n
//     tokens (n ≤ D, the slot's document length), folds along its path to the public
//     CorpusRoot; 1 ≤ len ≤ L, off + len ≤ n and start + len ≤ OutCount (the output's
//     length); doc[off+j] = out[start+j] for j < len;
//   - an inactive slot is all zero (point, tokens, lengths, offsets, path and bits).
//
// A variable length n of padded tokens is hashed as the width-16 chain started from the
// element count (the prefix's plus b = ceil(n/PackPer) packed elements) over the prefix and
// every packed element, ChainRate per permutation, the state after ceil((prefix + b)/15)
// permutations selected by a one-hot flag over b (a witness, with b·PackPer − n ∈
// [0, PackPer) and n ∈ [0, D] range-checked); the span list is hashed the same way, the
// count 2 + 4c selected by a one-hot flag over c (inactive slots are zero, the chain's
// padding). Packed elements past b inside the last absorbed block enter as given
// (tokens past n inside the last packed element too), so anything but the committed
// zeros changes the hash; tokens past the last absorbed block are not hashed and never
// read (off + len ≤ n, start + len ≤ OutCount).
// The run is read with a barrel shift: off and start
// are decomposed into bits, and each bit, highest first, selects between the window and
// the window shifted by 2^bit, keeping only the L + 2^bit − 1 entries later levels read
// (about L·log D + 2D selections per slot). The lengths are compared without wrapping:
// off < 2^bitlen(D−1) and start < 2^bitlen(O−1) by their bits, and the differences
// n − off − len, OutCount − start − len, len − 1 are range-checked on active slots.
//
// The slots prove that the listed runs are in committed documents and in the output
// that OutputHash names; which spans a record lists, how they weigh in the fusion and
// which contributor owns a document are not part of the statement (they stay
// recomputable). The list of proven spans is bound by OutputHash: a proof that drops a
// slot, moves a run to another occurrence in the document or reorders the slots proves
// another OutputHash, so it fails against the record's. The record's OutputHash is the
// one of the spans prove-record would prove (the record's spans in order, each run at its
// first occurrence in the document, kept by prover.FitSpans under the default span
// shape); poa verify-record recomputes it the same way.
//
// # Epoch aggregation
//
// The proven contribution of a record to its epoch, in exact integers: record r with
// attested rows (addr_c, g_rc) (the rows its score proof commits, RecordRows: distinct
// addresses in ascending order, each total g_rc > 0) adds to contributor c
//
//	share_rc = floor(AggScale·g_rc / G_r),  G_r = Σ_c g_rc  (nothing when G_r = 0),
//
// AggScale = 10^6 (influence.ScoreScale), and the epoch score of c is Σ_r share_rc.
// The epoch rows are the contributors with a positive epoch score in ascending address
// order (EpochScores), the rows a RewardSplit splits the data fee among. This is
// fusion-v1's gradient share in integers with floor instead of largest remainder, and
// without its span half: what `epoch close` pays today (the fused scores) stays only
// recomputable until the fusion itself is proven (docs/proofs.md).
//
// AttributedSplit is RewardSplit's constraints (unchanged) plus R record slots of C rows
// (RecordSlots), with four public inputs: Commitment, Gamma, Fingerprint, RecordDigest.
// Epoch and DataFee are private (the epoch is bound by γ only; it is range-checked and
// used nowhere else); Fingerprint is AttributedFingerprint: the split's payout
// fingerprint + γ^(2·MaxSize+1)·(DataFee + Σ_{r<t} c_r·γ^(r+1)), disjoint powers of γ.
// It constrains, besides the split:
//
//   - slot flags 1…10…0 (t active records), per slot row flags 1…10…0 summing to the
//     slot's count n_r, no active row in an inactive slot, inactive rows zero;
//     addresses < 2^160, totals < 2^64, so that the packing addr·2^64 + g is injective;
//   - c_r = ScoresCommitment of the slot's n_r rows (the score circuit's format);
//   - per row AggScale·g = share·G' + rem, 0 ≤ rem < G' (SumBits range checks),
//     share < 2^ShareBits, G' = G_r + [G_r = 0]: the floor; products < 2^94, no wrap;
//   - the records' Σ_{r<t} c_r·γ^(r+1) (RecordsFingerprint) enters Fingerprint as above;
//     RecordDigest = RecordsDigest(c_0…c_{t−1}) (the width-2 chain over t, c_0, …);
//   - the split's active rows have strictly increasing addresses and scores ≥ 1
//     (canonical epoch rows);
//   - the address matching, a weighted LogUp identity at γ:
//     Σ_{rows} share/(γ − addr) = Σ_{epoch rows} s_i/(γ − addr_i) (api.Div, two
//     constraints a term).
//
// Soundness of the binding and the matching. The settlement computes
// γ = keccak(epoch, commitment, dataFee, contributors, payouts, RecordDigest, the attested
// commitments of the epoch's records) mod r (prover.AttributedGamma) and the record
// fingerprint from storage; the proof's RecordDigest binds (Poseidon2 collision
// resistance) the witness commitments c'_r, which bind the witness rows, and the split's
// Commitment binds the epoch rows, so every witness value the two identities read is fixed
// before γ is drawn. Then Σ (c'_r − c_r)γ^(r+1) is a non-zero polynomial of degree ≤ R
// unless c'_r = c_r for every r (a real commitment is never 0), and
// Σ share/(X − a) − Σ s_i/(X − addr_i), times the product of its denominators, is a
// non-zero polynomial of degree < R·C + N unless every address's shares sum to its epoch
// score (partial fractions are unique; both sides are integers < 2^84 ≪ r, so field
// equality is integer equality): Schwartz–Zippel bounds a false proof by
// (R·C + N + R)/r per γ the prover can try. Without the digest in γ the binding is not
// sound: γ would be known before the witness records are chosen, and finding t records
// with Σ c'_r·γ^(r+1) equal to the attested sum is a t-sum problem over 254-bit hash
// outputs (Wagner's algorithm: about t·2^(254/(1+log2 t)) work, 2^42 at t = 64).
//
// AggregateCircuit (public: Commitment, RecordDigest, Gamma, RecordFingerprint) is the
// same aggregation as a circuit of its own, with its own N epoch rows and their
// commitment, for a second proof beside an unchanged RewardSplit (design (b) of
// docs/proofs.md; measured, not the product's choice).
//
// # ScanCircuit
//
// ScanCircuit (public: SketchRoot, QueryHash, Commitment, Excluded) proves that a
// record's candidates are complete: every leaf of the committed sketch tree is scanned
// in-circuit. Its ScanShape fixes Slots = 2^s leaf slots, the sketch dimension K, the
// tree's Depth, M candidates and Rows ≤ M commitment rows. The active slots are the
// tree's leaves at positions 0..n−1 (the subtree over the slots, folded with the
// zero-subtree roots up to Depth, equals SketchRoot, so no leaf escapes the scan); each
// slot's exact score against the query of QueryHash gives a distinct key
// (score, then the lower leaf); Excluded is ExclusionHash of the bitmap of ineligible
// leaves (not trained on: public and recomputable, never selected); exactly
// min(M, eligible) leaves are selected, all with keys at or above a private threshold and
// every other eligible leaf below it; and Commitment is ScoresCommitment of each
// contributor's sum of max(0, score) over the selected leaves, the score circuit's format,
// the rows bound to the slots by a log-derivative identity whose challenge comes from the
// proof's one Pedersen commitment (std/multicommit, shared with the range checker).
// NewScanStatement computes the same statement natively; docs/proofs.md ("Completeness
// by scan") has the soundness argument and the measured costs.
//
// # Errors and panics
//
// Define and the native functions panic on programmer errors (a circuit whose slices
// have different lengths, N outside [1, MaxSize], a shape outside the ScoreCircuit
// bounds, a quantized value or token out of range given to a hash); Assign and AssignScore
// return errors (wrapping the sentinels of errors.go) for data that cannot form a
// witness: values out of range, too many contributors or candidates, mismatched
// lengths, and for scores two candidates on one leaf (ErrDuplicateLeaf), a candidate
// whose path does not reach the root (ErrNotInTree), a span whose run differs from the
// output (ErrSpanMismatch) or whose document is not under the corpus root
// (ErrNotInCorpus); AssignAttributedSplit and AssignAggregate also for a record with
// more than C rows or an epoch with more than R records (ErrTooMany), rows out of
// address order or repeated (ErrUnsorted) and a record contributor with a positive
// share missing from the epoch rows (ErrMissingContributor), naming the record and row.
package circuits
