"""The case model: a case, its recipients and asks, case files, what a case lacks, deadlines, UA numbers."""
