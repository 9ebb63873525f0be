// Package tokenizer turns text into token ids and back for poa's language models.
//
// Two byte-level BPE tokenizers sit behind one interface, Tokenizer:
//
//   - GPT2: OpenAI's r50k_base (GPT-2's 50,257-token vocabulary). The vocabulary
//     comes from github.com/tiktoken-go/tokenizer, which ships it inside the module
//     (no network access); encoding runs on our BPE engine, which gives tiktoken-go's
//     ids on valid UTF-8 (differential test and fuzz target), 3-4× faster
//     (benchmarks/sarray measures both in one run).
//   - BPE: our own byte-level BPE, trained with TrainBPE on datanet text (GPT-2
//     pre-tokenization rules, GPT-2's byte→unicode alphabet for display and files),
//     saved and loaded in the Hugging Face format (vocab.json + merges.txt), so a
//     real GPT-2 vocab.json/merges.txt pair also loads with LoadBPE.
//
// # Contract
//
//   - Token ids are ints in [0, VocabSize()). EOT() is the id of "<|endoftext|>", the
//     document separator; it is the last id of a trained BPE and 50256 for GPT-2.
//   - Encode never fails and treats its input as plain text: the characters
//     "<|endoftext|>" in a text are encoded as ordinary text, never as EOT, so a
//     contributed data point cannot forge a document boundary. Insert EOT by id.
//   - Decode(Encode(s)) == s for every string s, including invalid UTF-8: a byte that
//     is not part of a valid UTF-8 sequence is pre-tokenized as a punctuation-class
//     character and encoded through the byte tokens (every byte has one in both
//     vocabularies). Decode renders EOT as "<|endoftext|>".
//   - Token(id) is the display form of one token in GPT-2's byte→unicode alphabet
//     (a leading space shows as "Ġ", a newline as "Ċ"), always valid UTF-8.
//   - Decode and Token panic on an id outside [0, VocabSize()): ids come from a model
//     or from Encode, so such an id is a programmer error.
//   - Loading (LoadBPE, Load) returns errors naming the file and the entry at fault.
//   - TrainBPE is deterministic: the same texts and vocabulary size give the same
//     merges, whatever the machine (ties break on the smaller pair of ids).
//
// Tokenizers are safe for concurrent use.
//
// # Usage
//
//	tok, err := tokenizer.TrainBPE(texts, 4096)
//	ids := tok.Encode("The Devil's Dictionary")
//	err = tok.Save(dir)             // dir/vocab.json, dir/merges.txt
//	t2, err := tokenizer.Load(dir)  // BPE from vocab.json+merges.txt, or GPT-2 from encoding.txt
package tokenizer
