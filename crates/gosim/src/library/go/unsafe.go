package unsafe

// Sizeof, Alignof and Offsetof are the compiler's (constants from the engine's layout of
// linux/amd64); Pointer and the rest are refused by name: the engine has no raw memory.
