package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs.  A fox is quick!`

func main() {
	counts := map[string]int{}
	total := 0
	for _, raw := range strings.Fields(text) {
		w := strings.ToLower(raw)
		for _, p := range []string{".", ";", "!", ","} {
			w = strings.ReplaceAll(w, p, "")
		}
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}

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
	for i, e := range entries {
		if i == 5 {
			break
		}
		fmt.Printf("%-6s %d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Println(counts)
}
