"""PDF appendices for committee reports; `appendix` plans and writes them, the rest draw pages."""

from orgchart_app.exporters.pdf.appendix import PdfOptions, PdfPlan, export_pdf, plan_pdf, write_pdf

__all__ = ["PdfOptions", "PdfPlan", "export_pdf", "plan_pdf", "write_pdf"]
