package logreg

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Dataset is a numeric feature matrix with class labels.
type Dataset struct {
	Name    string
	N, F    int       // rows, features
	X       []float64 // N×F row-major
	Y       []int     // class index per row, into Classes
	Classes []string  // class labels as written in the file, sorted (numerically when all are numbers)
}

// Row returns the features of row i.
func (d *Dataset) Row(i int) []float64 { return d.X[i*d.F : (i+1)*d.F] }

// LoadCSV reads path with ReadCSV, gunzipping it when it starts with the gzip magic.
func LoadCSV(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return ReadCSV(r, path)
}

// maxCSVLine bounds one line of the CSV.
const maxCSVLine = 1 << 20

// ReadCSV parses comma-separated rows of numeric features followed by a class label.
// Blank lines are skipped; a first line whose feature fields are not all numbers is
// taken as a header. Every row must have the same number of fields (at least two),
// finite features and a non-empty label. name is used in errors.
func ReadCSV(r io.Reader, name string) (*Dataset, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxCSVLine)
	d := &Dataset{Name: name}
	var labels []string
	line, header := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		fields := strings.Split(text, ",")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: %d field(s), want features and a label: %w", name, line, len(fields), ErrBadCSV)
		}
		if d.N == 0 && !header && !allNumbers(fields[:len(fields)-1]) {
			header = true // the first line names the columns
			continue
		}
		if d.N == 0 {
			d.F = len(fields) - 1
		}
		if len(fields)-1 != d.F {
			return nil, fmt.Errorf("%s:%d: %d fields, earlier rows have %d: %w", name, line, len(fields), d.F+1, ErrBadCSV)
		}
		for j, f := range fields[:d.F] {
			v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s:%d: column %d: %q is not a finite number: %w", name, line, j+1, f, ErrBadCSV)
			}
			d.X = append(d.X, v)
		}
		lab := strings.TrimSpace(fields[d.F])
		if lab == "" {
			return nil, fmt.Errorf("%s:%d: empty label: %w", name, line, ErrBadCSV)
		}
		labels = append(labels, lab)
		d.N++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if d.N == 0 {
		return nil, fmt.Errorf("%s: no data rows: %w", name, ErrBadCSV)
	}
	set := map[string]bool{}
	for _, l := range labels {
		set[l] = true
	}
	for l := range set {
		d.Classes = append(d.Classes, l)
	}
	numeric := allNumbers(d.Classes)
	sort.Slice(d.Classes, func(a, b int) bool {
		if numeric {
			x, _ := strconv.ParseFloat(d.Classes[a], 64)
			y, _ := strconv.ParseFloat(d.Classes[b], 64)
			if x != y {
				return x < y
			}
		}
		return d.Classes[a] < d.Classes[b]
	})
	if len(d.Classes) < 2 {
		return nil, fmt.Errorf("%s: %d class(es): %w", name, len(d.Classes), ErrTooFewClasses)
	}
	idx := map[string]int{}
	for i, c := range d.Classes {
		idx[c] = i
	}
	d.Y = make([]int, d.N)
	for i, l := range labels {
		d.Y[i] = idx[l]
	}
	return d, nil
}

func allNumbers(fs []string) bool {
	for _, f := range fs {
		if _, err := strconv.ParseFloat(strings.TrimSpace(f), 64); err != nil {
			return false
		}
	}
	return true
}
