package server

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	dto "github.com/prometheus/client_model/go"
)

// Metrics are the node's Prometheus metrics, on a registry of their own (so that
// several servers can live in one process, as in tests). Their methods are safe
// for concurrent use; other layers may record proofs and gas through them.
type Metrics struct {
	reg             *prometheus.Registry
	requests        *prometheus.HistogramVec
	inferences      *prometheus.CounterVec
	inferenceTime   prometheus.Histogram
	attributionTime prometheus.Histogram
	tokens          prometheus.Counter
	proofs          *prometheus.CounterVec
	gas             prometheus.Counter
	gasPerTx        prometheus.Histogram
	inflight        prometheus.Gauge
}

func newMetrics() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "poa_http_request_duration_seconds",
		Help:    "HTTP request latency by route pattern, method and status code.",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120},
	}, []string{"route", "method", "code"})
	m.inferences = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "poa_inferences_total",
		Help: "Completions requested, by adapter and outcome (ok or the error code).",
	}, []string{"adapter", "outcome"})
	m.inferenceTime = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "poa_inference_seconds",
		Help:    "Time generating a completion (engine-reported).",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 16),
	})
	m.attributionTime = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "poa_attribution_seconds",
		Help:    "Time attributing a completion to training data (engine-reported).",
		Buckets: prometheus.ExponentialBuckets(0.005, 2, 16),
	})
	m.tokens = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "poa_completion_tokens_total",
		Help: "Output tokens generated.",
	})
	m.proofs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "poa_proofs_total",
		Help: "Reward-split proofs made, by backend and native verifier result.",
	}, []string{"backend", "verified"})
	m.gas = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "poa_settlement_gas_used_total",
		Help: "Gas used by posted settlement transactions.",
	})
	m.gasPerTx = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name:    "poa_settlement_gas_used",
		Help:    "Gas used per settlement transaction.",
		Buckets: prometheus.ExponentialBuckets(100_000, 2, 10),
	})
	m.inflight = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "poa_http_requests_in_flight",
		Help: "HTTP requests being served.",
	})
	m.reg.MustRegister(m.requests, m.inferences, m.inferenceTime, m.attributionTime, m.tokens,
		m.proofs, m.gas, m.gasPerTx, m.inflight,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry returns the registry behind /metrics, for callers adding their own.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// ObserveInference records one completion attempt.
func (m *Metrics) ObserveInference(adapter, outcome string, c *Completion) {
	if adapter == "" {
		adapter = "base"
	}
	m.inferences.WithLabelValues(adapter, outcome).Inc()
	if c == nil {
		return
	}
	if c.InferenceTime > 0 {
		m.inferenceTime.Observe(c.InferenceTime.Seconds())
	}
	if c.AttributionTime > 0 {
		m.attributionTime.Observe(c.AttributionTime.Seconds())
	}
	m.tokens.Add(float64(c.CompletionTokens))
}

// ObserveProof records one proof made by backend with its verifier result.
func (m *Metrics) ObserveProof(backend string, verified bool) {
	if backend == "" {
		backend = "unknown"
	}
	v := "false"
	if verified {
		v = "true"
	}
	m.proofs.WithLabelValues(backend, v).Inc()
}

// ObserveGas records the gas of one settlement transaction.
func (m *Metrics) ObserveGas(gas uint64) {
	m.gas.Add(float64(gas))
	m.gasPerTx.Observe(float64(gas))
}

func (m *Metrics) observeRequest(route, method string, code int, d time.Duration) {
	m.requests.WithLabelValues(route, method, itoa(code)).Observe(d.Seconds())
}

func itoa(n int) string {
	if n >= 100 && n <= 599 {
		return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
	}
	return "other"
}

// inflightValue reads the in-flight gauge (tests).
func (m *Metrics) inflightValue() float64 {
	var out dto.Metric
	if err := m.inflight.Write(&out); err != nil {
		return 0
	}
	return out.GetGauge().GetValue()
}
