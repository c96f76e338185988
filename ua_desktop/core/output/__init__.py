"""What leaves the app: DOCX letters and batches, envelopes and labels, email and fax details."""
