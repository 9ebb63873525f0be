package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"time"

	"poa/api"
	"poa/settlement"
	"poa/store"
)

// CompleteFunc generates and attributes one completion (the model + attribution
// layers). It receives a validated request whose adapter exists.
type CompleteFunc func(ctx context.Context, req api.CompletionRequest) (Completion, error)

// CloseEpochFunc closes the open epoch (the settlement layer): it writes the epoch
// record under store.KindEpoch (and the proof record, and the post, when it settles)
// and returns the closed epoch's number. StoreEngine then reads the view
// back from the store, so the answer is exactly what is stored.
type CloseEpochFunc func(ctx context.Context, req api.CloseEpochRequest) (epoch uint64, err error)

// ClaimStatusFunc reports whether address has claimed its payout of epoch (the
// chain layer): status is "claimed", "claimable" or "unsettled"; tx the claim
// transaction if known. An empty status means unknown: the status read from the
// epoch record ("settled" or "unsettled") stands.
type ClaimStatusFunc func(ctx context.Context, epoch uint64, address string) (status, tx string, err error)

// ProtocolFunc reads the protocol around the node's chain deployment (governance,
// staking, challenge windows, vesting); store.ErrNotFound when there is none.
type ProtocolFunc func(ctx context.Context) (api.ProtocolView, error)

// StoreEngine is the Engine over a poa store. Datanets, adapters, contributors,
// attribution records and epochs come from the store; completions, epoch closing
// and live claim status come from the functions plugged into its fields, and
// answer ErrNotReady (503) while those are nil. Set the fields before serving;
// the engine is then safe for concurrent use.
type StoreEngine struct {
	st *store.Store

	// Completer generates and attributes completions; nil: 503 not_ready.
	Completer CompleteFunc
	// EpochCloser closes epochs; nil: 503 not_ready.
	EpochCloser CloseEpochFunc
	// ClaimStatus asks the chain for claim status; nil: "settled" for a posted epoch,
	// "unsettled" otherwise.
	ClaimStatus ClaimStatusFunc
	// ReadProtocol answers GET /v1/protocol; nil: 503 not_ready.
	ReadProtocol ProtocolFunc

	// Log receives the settle jobs' progress; nil: slog.Default().
	Log *slog.Logger

	settle settleRunner // settle jobs (settle_jobs.go)
}

var _ Engine = (*StoreEngine)(nil)
var _ Readiness = (*StoreEngine)(nil)
var _ ProtocolReader = (*StoreEngine)(nil)
var _ SettleRunner = (*StoreEngine)(nil)

// Protocol answers GET /v1/protocol through ReadProtocol.
func (e *StoreEngine) Protocol(ctx context.Context) (api.ProtocolView, error) {
	if e.ReadProtocol == nil {
		return api.ProtocolView{}, fmt.Errorf("protocol view: %w", ErrNotReady)
	}
	return e.ReadProtocol(ctx)
}

// NewStoreEngine returns an engine over st with nothing plugged in. It panics if
// st is nil.
func NewStoreEngine(st *store.Store) *StoreEngine {
	if st == nil {
		panic("server: NewStoreEngine with a nil store")
	}
	return &StoreEngine{st: st}
}

// Ready reports which pluggable parts are set.
func (e *StoreEngine) Ready() map[string]bool {
	return map[string]bool{
		"store":       true,
		"completions": e.Completer != nil,
		"epochs":      e.EpochCloser != nil,
		"claims":      e.ClaimStatus != nil,
		"protocol":    e.ReadProtocol != nil,
	}
}

// HasAdapter reports whether an adapter record of that name exists.
func (e *StoreEngine) HasAdapter(name string) (bool, error) {
	var raw any
	err := e.st.Get(store.KindAdapter, name, &raw)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, store.ErrNotFound), errors.Is(err, store.ErrInvalidName):
		return false, nil
	}
	return false, err
}

// Complete checks the adapter and calls Completer.
func (e *StoreEngine) Complete(ctx context.Context, req api.CompletionRequest) (Completion, error) {
	if req.Adapter != "" {
		ok, err := e.HasAdapter(req.Adapter)
		if err != nil {
			return Completion{}, err
		}
		if !ok {
			return Completion{}, fmt.Errorf("adapter %q: %w", req.Adapter, ErrUnknownAdapter)
		}
	}
	if e.Completer == nil {
		return Completion{}, fmt.Errorf("completions: no model and attribution engine is loaded in this node: %w", ErrNotReady)
	}
	return e.Completer(ctx, req)
}

// Attribution reads the attribution record id.
func (e *StoreEngine) Attribution(ctx context.Context, id string) (api.AttributionView, error) {
	var raw rawRecord
	if err := e.st.Get(store.KindAttribution, id, &raw); err != nil {
		if errors.Is(err, store.ErrInvalidName) {
			return api.AttributionView{}, fmt.Errorf("attribution %q: %w", id, store.ErrNotFound)
		}
		return api.AttributionView{}, err
	}
	v, err := attributionView(id, raw)
	if err != nil {
		return v, fmt.Errorf("attribution record %q: %v: %w", id, err, ErrCorruptRecord)
	}
	return v, nil
}

// rawRecord captures a stored record's JSON as is.
type rawRecord []byte

func (r *rawRecord) UnmarshalJSON(b []byte) error { *r = append((*r)[:0], b...); return nil }

// Datanets lists datanets with their contributors.
func (e *StoreEngine) Datanets(ctx context.Context) ([]api.DatanetView, error) {
	dns, err := e.st.Datanets()
	if err != nil {
		return nil, err
	}
	out := make([]api.DatanetView, 0, len(dns))
	for _, d := range dns {
		cs, err := e.st.DatanetContributors(d.Name)
		if err != nil {
			return nil, fmt.Errorf("datanet %s: %w", d.Name, err)
		}
		v := api.DatanetView{Name: d.Name, Title: d.Title, License: d.License, Owner: d.Owner, Created: d.Created,
			Points: d.Points, Tokens: d.Tokens, Imports: d.Imports, Contributors: make([]api.DatanetContribution, len(cs))}
		for i, c := range cs {
			v.Contributors[i] = api.DatanetContribution{Address: c.Address, Points: c.Points}
		}
		out = append(out, v)
	}
	return out, nil
}

// Adapters lists the adapter records.
func (e *StoreEngine) Adapters(ctx context.Context) ([]api.AdapterView, error) {
	out := []api.AdapterView{}
	err := e.st.List(store.KindAdapter, "", func(key string, raw []byte) error {
		out = append(out, api.AdapterView{Name: key, Record: append([]byte(nil), raw...)})
		return nil
	})
	return out, err
}

var _ ModelLister = (*StoreEngine)(nil)

// Models lists the store's base models (records under store.KindModel; the current
// model first) and its adapters with their base models as parents. A store with
// no model record lists api.BaseModelAlias as the base; an adapter record naming no
// base gets the first listed.
func (e *StoreEngine) Models(ctx context.Context) ([]api.ModelView, error) {
	type rec struct {
		Name    string    `json:"name"`
		Base    string    `json:"base"`
		Created time.Time `json:"created"`
		Config  struct {
			NPositions int `json:"n_positions"`
		} `json:"config"`
	}
	unix := func(t time.Time) int64 {
		if t.IsZero() {
			return 0
		}
		return t.Unix()
	}
	var current struct {
		Name string `json:"name"`
	}
	if err := e.st.Get(store.KindConfig, "model", &current); err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	var bases []api.ModelView
	ctxLen := map[string]int{}
	err := e.st.List(store.KindModel, "", func(key string, raw []byte) error {
		var r rec
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("model record %q: %v: %w", key, err, ErrCorruptRecord)
		}
		ctxLen[key] = r.Config.NPositions
		v := api.ModelView{ID: key, Object: "model", Created: unix(r.Created), OwnedBy: "poa", Root: key, MaxModelLen: r.Config.NPositions}
		if key == current.Name {
			bases = append([]api.ModelView{v}, bases...)
		} else {
			bases = append(bases, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(bases) == 0 {
		bases = []api.ModelView{{ID: api.BaseModelAlias, Object: "model", OwnedBy: "poa", Root: api.BaseModelAlias}}
	}
	out := bases
	err = e.st.List(store.KindAdapter, "", func(key string, raw []byte) error {
		var r rec
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("adapter record %q: %v: %w", key, err, ErrCorruptRecord)
		}
		base := r.Base
		if base == "" {
			base = bases[0].ID
		}
		out = append(out, api.ModelView{ID: key, Object: "model", Created: unix(r.Created), OwnedBy: "poa",
			Parent: &base, Root: base, MaxModelLen: ctxLen[base]})
		return nil
	})
	return out, err
}

// Contributor joins the store's contributor record with the contributor's rows
// in every closed epoch. It is ErrNotFound when the address has neither.
func (e *StoreEngine) Contributor(ctx context.Context, address string) (api.ContributorView, error) {
	v := api.ContributorView{Address: address, Datanets: []string{}, Epochs: []api.ContributorEpoch{}, TotalPayout: "0"}
	c, err := e.st.Contributor(address)
	found := err == nil
	switch {
	case err == nil:
		v.Points, v.Tokens = c.Points, c.Tokens
		if c.Datanets != nil {
			v.Datanets = c.Datanets
		}
	case !errors.Is(err, store.ErrNotFound):
		return v, err
	}
	epochs, err := e.epochs()
	if err != nil {
		return v, err
	}
	total := new(big.Int)
	for _, ep := range epochs {
		for _, row := range ep.Contributors {
			if !strings.EqualFold(row.Address, address) {
				continue
			}
			found = true
			ce := api.ContributorEpoch{Epoch: ep.Epoch, Score: row.Score, Payout: row.Payout, Claim: "unsettled"}
			if ce.Payout == "" {
				ce.Payout = "0"
			}
			if p, ok := new(big.Int).SetString(ce.Payout, 10); ok {
				total.Add(total, p)
			}
			v.TotalScore += row.Score
			if ep.Settlement != nil {
				ce.Claim = "settled" // posted; whether claimed is on-chain only (ClaimStatus)
			}
			if e.ClaimStatus != nil {
				status, tx, err := e.ClaimStatus(ctx, ep.Epoch, address)
				if err != nil {
					return v, fmt.Errorf("claim status of %s in epoch %d: %w", address, ep.Epoch, err)
				}
				if status != "" {
					ce.Claim, ce.ClaimTx = status, tx
				}
			}
			v.Epochs = append(v.Epochs, ce)
		}
	}
	if !found {
		return v, fmt.Errorf("contributor %s: %w", address, store.ErrNotFound)
	}
	v.TotalPayout = total.String()
	return v, nil
}

// CloseEpoch calls EpochCloser and returns the stored view of the closed epoch.
func (e *StoreEngine) CloseEpoch(ctx context.Context, req api.CloseEpochRequest) (api.EpochView, error) {
	if e.EpochCloser == nil {
		return api.EpochView{}, fmt.Errorf("epoch close: no prover is configured in this node: %w", ErrNotReady)
	}
	n, err := e.EpochCloser(ctx, req)
	if err != nil {
		return api.EpochView{}, err
	}
	return e.Epoch(ctx, n)
}

// Epoch returns the stored epoch id with its proof and settlement; id 0 is the
// highest-numbered stored epoch.
func (e *StoreEngine) Epoch(ctx context.Context, id uint64) (api.EpochView, error) {
	if id == 0 {
		var latest uint64
		err := e.st.List(store.KindEpoch, "", func(key string, _ []byte) error {
			if n, err := strconv.ParseUint(key, 10, 64); err == nil && n > latest {
				latest = n
			}
			return nil
		})
		if err != nil {
			return api.EpochView{}, err
		}
		if latest == 0 {
			return api.EpochView{}, fmt.Errorf("no closed epoch yet: %w", store.ErrNotFound)
		}
		id = latest
	}
	key := strconv.FormatUint(id, 10)
	var raw rawRecord
	if err := e.st.Get(store.KindEpoch, key, &raw); err != nil {
		return api.EpochView{}, err
	}
	v, rec, err := epochView(key, raw)
	if err != nil {
		return v, fmt.Errorf("epoch record %s: %v: %w", key, err, ErrCorruptRecord)
	}
	if v.ScoresProven, v.ScoresAttested, err = settlement.ScoresProven(e.st, rec.Records); err != nil {
		return v, err
	}
	var praw rawRecord
	switch err := e.st.Get(store.KindProof, key, &praw); {
	case err == nil:
		if v.Proof, err = proofView(key, praw, rec.Proof); err != nil {
			return v, fmt.Errorf("proof record %s: %v: %w", key, err, ErrCorruptRecord)
		}
	case !errors.Is(err, store.ErrNotFound):
		return v, err
	}
	if rec.IsProven() {
		akey := settlement.AttributedProofKey(id)
		switch err := e.st.Get(store.KindProof, akey, &praw); {
		case err == nil:
			if v.Proof, v.AttributedProof, err = attributedProofView(akey, praw, rec); err != nil {
				return v, fmt.Errorf("proof record %s: %v: %w", akey, err, ErrCorruptRecord)
			}
		case !errors.Is(err, store.ErrNotFound):
			return v, err
		}
	}
	return v, nil
}

// epochs decodes every stored epoch record, in key order.
func (e *StoreEngine) epochs() ([]api.EpochView, error) {
	var out []api.EpochView
	err := e.st.List(store.KindEpoch, "", func(key string, raw []byte) error {
		v, _, err := epochView(key, raw)
		if err != nil {
			return fmt.Errorf("epoch record %s: %v: %w", key, err, ErrCorruptRecord)
		}
		out = append(out, v)
		return nil
	})
	return out, err
}
