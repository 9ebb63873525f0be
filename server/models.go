package server

import (
	"context"
	"net/http"
	"strings"

	"poa/api"
)

// models lists what a completion's model may name: the engine's list (ModelLister),
// else api.BaseModelAlias as the base and the engine's adapters over it.
func (s *Server) models(ctx context.Context) ([]api.ModelView, error) {
	if ml, ok := s.eng.(ModelLister); ok {
		return ml.Models(ctx)
	}
	ads, err := s.eng.Adapters(ctx)
	if err != nil {
		return nil, err
	}
	base := api.BaseModelAlias
	out := []api.ModelView{{ID: base, Object: "model", OwnedBy: "poa", Root: base}}
	for _, a := range ads {
		out = append(out, api.ModelView{ID: a.Name, Object: "model", OwnedBy: "poa", Parent: &base, Root: base})
	}
	return out, nil
}

func (s *Server) handleModels(w http.ResponseWriter, r *http.Request) {
	respondList(s, w, r, s.models)
}

// resolveModel maps a completion's model and adapter fields onto models (as
// ModelLister lists them) and returns the resolved model name (empty when the base
// model's name is not known) and the adapter to apply ("" for the base model):
//
//   - "", api.BaseModelAlias: the default base model (the first listed), with adapter;
//   - a base model's name: that model, with adapter (which must be one of its own);
//   - an adapter's name: that adapter; adapter must be empty or the same name;
//   - anything else: 404 model_not_found.
//
// An adapter the list does not hold is left for the engine to refuse (404
// unknown_adapter).
func resolveModel(models []api.ModelView, model, adapter string) (string, string, *api.Error) {
	var base *api.ModelView
	for i := range models {
		if models[i].Parent == nil {
			base = &models[i]
			break
		}
	}
	find := func(id string) *api.ModelView {
		for i := range models {
			if models[i].ID == id {
				return &models[i]
			}
		}
		return nil
	}
	m := find(model)
	switch {
	case model == "" || (model == api.BaseModelAlias && (m == nil || m.Parent == nil)):
		if base == nil {
			return "", adapter, nil
		}
		m = base
	case m == nil:
		var names []string
		for i, v := range models {
			if i == 8 {
				names = append(names, "…")
				break
			}
			names = append(names, v.ID)
		}
		e := apiErr(http.StatusNotFound, api.CodeModelNotFound, "model %.80q does not exist on this node (GET /v1/models lists: %s)", model, strings.Join(names, ", "))
		e.Param = "model"
		return "", "", e
	}
	if m.Parent != nil { // an adapter
		if adapter != "" && adapter != m.ID {
			e := apiErr(http.StatusBadRequest, api.CodeBadRequest, "model %q names adapter %q but adapter is %.80q: send one of them, or the base model's name as model", m.ID, m.ID, adapter)
			e.Param = "adapter"
			return "", "", e
		}
		return m.ID, m.ID, nil
	}
	if adapter != "" {
		if a := find(adapter); a != nil && a.Parent != nil && *a.Parent != m.ID && m.ID != api.BaseModelAlias {
			e := apiErr(http.StatusBadRequest, api.CodeBadRequest, "adapter %q is trained on model %q, not on model %q", adapter, *a.Parent, m.ID)
			e.Param = "adapter"
			return "", "", e
		}
	}
	return m.ID, adapter, nil
}
