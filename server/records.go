package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"poa/api"
)

// The attribution, epoch, proof and settlement records are written by other
// layers (influence, prover, contracts). These decoders read the fields the API
// shows and are lenient about spelling the layers have not pinned yet: numbers
// may be JSON numbers or decimal strings, and a few fields have accepted aliases
// (listed at each call). The raw record always travels along in the view.

type fields map[string]json.RawMessage

func decodeFields(raw []byte) (fields, error) {
	var f fields
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, err
	}
	if f == nil {
		return nil, fmt.Errorf("record is null")
	}
	return f, nil
}

// first returns the raw value of the first key present and not null.
func (f fields) first(keys ...string) (json.RawMessage, string) {
	for _, k := range keys {
		if v, ok := f[k]; ok && !bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
			return v, k
		}
	}
	return nil, ""
}

// decimal reads a non-negative integer given as a JSON number or decimal string.
func decimal(v json.RawMessage) (string, error) {
	s := string(bytes.TrimSpace(v))
	if strings.HasPrefix(s, `"`) {
		if err := json.Unmarshal(v, &s); err != nil {
			return "", err
		}
		if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
			n, ok := new(big.Int).SetString(s[2:], 16)
			if !ok {
				return "", fmt.Errorf("%q is not a hex integer", s)
			}
			return n.String(), nil
		}
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 {
		return "", fmt.Errorf("%.40q is not a non-negative integer", s)
	}
	return n.String(), nil
}

func (f fields) str(keys ...string) (string, error) {
	v, k := f.first(keys...)
	if v == nil {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", fmt.Errorf("field %s: want a string", k)
	}
	return s, nil
}

func (f fields) dec(keys ...string) (string, error) {
	v, k := f.first(keys...)
	if v == nil {
		return "", nil
	}
	s, err := decimal(v)
	if err != nil {
		return "", fmt.Errorf("field %s: %w", k, err)
	}
	return s, nil
}

func (f fields) uint(keys ...string) (uint64, error) {
	v, k := f.first(keys...)
	if v == nil {
		return 0, nil
	}
	return parseUint(v, k)
}

func parseUint(v json.RawMessage, what string) (uint64, error) {
	s, err := decimal(v)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", what, err)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %s does not fit in 64 bits", what, s)
	}
	return n, nil
}

func (f fields) boolean(keys ...string) (*bool, error) {
	v, k := f.first(keys...)
	if v == nil {
		return nil, nil
	}
	var b bool
	if err := json.Unmarshal(v, &b); err != nil {
		return nil, fmt.Errorf("field %s: want true or false", k)
	}
	return &b, nil
}

// contributorRows reads the contributor list of a record: either a list of
// objects {address, score, payout} or a list of addresses with parallel "scores"
// and "payouts" lists.
func (f fields) contributorRows() ([]api.ContributorScore, error) {
	v, _ := f.first("contributors")
	if v == nil {
		return []api.ContributorScore{}, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(v, &items); err != nil {
		return nil, fmt.Errorf("field contributors: want a list")
	}
	out := make([]api.ContributorScore, len(items))
	var scores, payouts []json.RawMessage
	if sv, _ := f.first("scores"); sv != nil {
		if err := json.Unmarshal(sv, &scores); err != nil {
			return nil, fmt.Errorf("field scores: want a list")
		}
	}
	if pv, _ := f.first("payouts"); pv != nil {
		if err := json.Unmarshal(pv, &payouts); err != nil {
			return nil, fmt.Errorf("field payouts: want a list")
		}
	}
	for i, it := range items {
		if t := bytes.TrimSpace(it); len(t) > 0 && t[0] == '"' {
			if err := json.Unmarshal(it, &out[i].Address); err != nil {
				return nil, fmt.Errorf("contributors[%d]: %w", i, err)
			}
			if i < len(scores) {
				n, err := parseUint(scores[i], fmt.Sprintf("scores[%d]", i))
				if err != nil {
					return nil, err
				}
				out[i].Score = n
			}
			if i < len(payouts) {
				p, err := decimal(payouts[i])
				if err != nil {
					return nil, fmt.Errorf("payouts[%d]: %w", i, err)
				}
				out[i].Payout = p
			}
			continue
		}
		row, err := decodeFields(it)
		if err != nil {
			return nil, fmt.Errorf("contributors[%d]: want an address or an object", i)
		}
		if out[i].Address, err = row.str("address"); err != nil {
			return nil, fmt.Errorf("contributors[%d]: %w", i, err)
		}
		if out[i].Score, err = row.uint("score"); err != nil {
			return nil, fmt.Errorf("contributors[%d]: %w", i, err)
		}
		if out[i].Payout, err = row.dec("payout"); err != nil {
			return nil, fmt.Errorf("contributors[%d]: %w", i, err)
		}
	}
	for i, c := range out {
		if c.Address == "" {
			return nil, fmt.Errorf("contributors[%d]: no address", i)
		}
	}
	return out, nil
}

// decodeAttributionRecord reads a store.KindAttribution record (settlement ABI:
// id, epoch, fee, contributors[{address, score}]).
func decodeAttributionRecord(key string, raw []byte) (api.AttributionView, error) {
	v := api.AttributionView{ID: key, Record: json.RawMessage(bytes.Clone(raw))}
	f, err := decodeFields(raw)
	if err != nil {
		return v, err
	}
	if id, err := f.str("id"); err != nil {
		return v, err
	} else if id != "" {
		v.ID = id
	}
	if v.Epoch, err = f.uint("epoch"); err != nil {
		return v, err
	}
	if v.Fee, err = f.dec("fee"); err != nil {
		return v, err
	}
	if v.Contributors, err = f.contributorRows(); err != nil {
		return v, err
	}
	return v, nil
}

// decodeEpochRecord reads a store.KindEpoch record (settlement ABI: fee rule, F,
// the three parts, contributors, scores, payouts, remainder, commitment).
// Aliases: fee|total_fee, owner_fee|owner, protocol_fee|protocol, data_fee|dataFee.
func decodeEpochRecord(key string, raw []byte) (api.EpochView, error) {
	v := api.EpochView{Record: json.RawMessage(bytes.Clone(raw))}
	f, err := decodeFields(raw)
	if err != nil {
		return v, err
	}
	if v.Epoch, err = f.uint("epoch"); err != nil {
		return v, err
	}
	if v.Epoch == 0 {
		if v.Epoch, err = strconv.ParseUint(key, 10, 64); err != nil {
			return v, fmt.Errorf("no epoch field and key %q is not a number", key)
		}
	}
	for _, d := range []struct {
		dst  *string
		keys []string
	}{
		{&v.Fee, []string{"fee", "total_fee"}},
		{&v.OwnerFee, []string{"owner_fee", "owner"}},
		{&v.ProtocolFee, []string{"protocol_fee", "protocol"}},
		{&v.DataFee, []string{"data_fee", "dataFee"}},
		{&v.Remainder, []string{"remainder"}},
		{&v.Commitment, []string{"commitment"}},
	} {
		if *d.dst, err = f.dec(d.keys...); err != nil {
			return v, err
		}
	}
	if r, _ := f.first("records"); r != nil {
		var list []json.RawMessage
		if json.Unmarshal(r, &list) == nil {
			v.Records = len(list)
		} else if n, err := parseUint(r, "field records"); err == nil {
			v.Records = int(min(n, 1<<31))
		} else {
			return v, err
		}
	}
	if v.Contributors, err = f.contributorRows(); err != nil {
		return v, err
	}
	return v, nil
}

// decodeProofRecord reads a store.KindProof record. Aliases: verified|valid,
// proof|proof_hex|solidity (hex bytes), size|proof_size.
func decodeProofRecord(raw []byte) (*api.ProofView, error) {
	v := &api.ProofView{Record: json.RawMessage(bytes.Clone(raw))}
	f, err := decodeFields(raw)
	if err != nil {
		return v, err
	}
	if v.Backend, err = f.str("backend"); err != nil {
		return v, err
	}
	if v.Verified, err = f.boolean("verified", "valid"); err != nil {
		return v, err
	}
	if v.Proof, err = f.str("proof", "proof_hex", "solidity"); err != nil {
		v.Proof = "" // a structured proof object: shown in Record only
	}
	n, err := f.uint("size", "proof_size")
	if err != nil {
		return v, err
	}
	v.Size = int(min(n, 1<<31))
	if v.Size == 0 && v.Proof != "" {
		v.Size = len(strings.TrimPrefix(v.Proof, "0x")) / 2
	}
	return v, nil
}

// settlementRecord is a decoded store.KindSettlement record with its claims.
type settlementRecord struct {
	view      *api.SettlementView
	claims    map[string]string // lower-case address -> claim tx ("" if unknown)
	hasClaims bool              // the record lists claims (else claim status is on-chain only)
}

// decodeSettlementRecord reads a store.KindSettlement record: the shape `poa post`
// writes ({network, epoch, posted: {settle: {tx_hash, block, gas_used}, root, paid,
// remainder}, contributors, payouts}; a mined settle transaction means the
// contract's verifier accepted the proof, since settle reverts otherwise), or a
// flat one with aliases tx_hash|tx, gas_used|gas, verified_onchain|verified,
// contract|settlement|address, block|block_number. claims, when present, is a
// list of addresses or an object address -> claim tx.
func decodeSettlementRecord(raw []byte) (settlementRecord, error) {
	s := settlementRecord{view: &api.SettlementView{Record: json.RawMessage(bytes.Clone(raw))}, claims: map[string]string{}}
	f, err := decodeFields(raw)
	if err != nil {
		return s, err
	}
	v := s.view
	if v.Network, err = f.str("network"); err != nil {
		return s, err
	}
	if p, _ := f.first("posted"); p != nil {
		pf, err := decodeFields(p)
		if err != nil {
			return s, fmt.Errorf("field posted: want an object")
		}
		st, _ := pf.first("settle")
		if st == nil {
			return s, fmt.Errorf("field posted: no settle receipt")
		}
		rf, err := decodeFields(st)
		if err != nil {
			return s, fmt.Errorf("field posted.settle: want an object")
		}
		f = rf
		ok := true
		v.VerifiedOnchain = &ok
	}
	if v.TxHash, err = f.str("tx_hash", "tx"); err != nil {
		return s, err
	}
	if v.Block, err = f.uint("block", "block_number"); err != nil {
		return s, err
	}
	if v.GasUsed, err = f.uint("gas_used", "gas"); err != nil {
		return s, err
	}
	if v.VerifiedOnchain == nil {
		if v.VerifiedOnchain, err = f.boolean("verified_onchain", "verified"); err != nil {
			return s, err
		}
	}
	if v.Contract, err = f.str("contract", "settlement", "address"); err != nil {
		return s, err
	}
	f, _ = decodeFields(raw)
	if c, _ := f.first("claims", "claimed"); c != nil {
		s.hasClaims = true
		var list []string
		var byAddr map[string]string
		switch {
		case json.Unmarshal(c, &list) == nil:
			for _, a := range list {
				s.claims[strings.ToLower(a)] = ""
			}
		case json.Unmarshal(c, &byAddr) == nil:
			for a, tx := range byAddr {
				s.claims[strings.ToLower(a)] = tx
			}
		default:
			return s, fmt.Errorf("field claims: want a list of addresses or an object address -> tx")
		}
	}
	return s, nil
}
