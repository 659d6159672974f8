package main
var _ = 0x1.5 + 1__0 + 0b2
