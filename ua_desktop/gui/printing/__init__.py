"""Printing: letters, envelopes and labels on paper and in PDF, and batches."""
