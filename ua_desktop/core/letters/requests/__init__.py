"""Requests: what a case asks the authorities to do, as a kind with slots
(`model`), recognised from a sheet's words in any voice (`recognise`) and
written natively in each letter language (`render`)."""
