package main
var _ = []struct{ a, b int }{{1, 2}, {}}
