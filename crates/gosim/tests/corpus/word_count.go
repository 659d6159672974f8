package main

// Word frequencies two ways: strings.Fields with the punctuation cut by hand, then a
// bufio.Scanner with ScanWords and unicode.IsPunct; one ranking prints both.

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs.  A fox is quick!`

const dickens = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity...`

// rank prints the total, the distinct count and the n most frequent words (ties in
// alphabetical order) with a bar each.
func rank(counts map[string]int, total, n int) {
	type entry struct {
		word  string
		count int
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for _, e := range entries[:n] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := strings.ToLower(raw)
		for _, p := range []string{".", ";", "!", ","} {
			w = strings.ReplaceAll(w, p, "")
		}
		counts[w]++
		total++
	}
	rank(counts, total, 5)
	fmt.Println(counts)

	sc := bufio.NewScanner(strings.NewReader(dickens))
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total = 0
	for sc.Scan() {
		if w := strings.ToLower(strings.TrimFunc(sc.Text(), unicode.IsPunct)); w != "" {
			freq[w]++
			total++
		}
	}
	rank(freq, total, 6)
	lines := bufio.NewScanner(strings.NewReader(dickens))
	for n := 1; lines.Scan(); n++ {
		fmt.Printf("line %d: %d chars, %d words\n", n, len(lines.Text()), len(strings.Fields(lines.Text())))
	}
}
