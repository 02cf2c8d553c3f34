"""Translated words for what an import finds wrong: row problems, file problems, column names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.usecases.importing import (
    Field,
    FileProblem,
    ImportFileError,
    ProblemCode,
    RejectsLabels,
    RowProblem,
)


def describe_problem(problem: RowProblem) -> str:
    """What is wrong with a row, in the current language; safe to call on a pool thread."""
    return _problem_template(problem.code).format(**problem.params)


def _problem_template(code: ProblemCode) -> str:
    match code:
        case ProblemCode.NIK_MISSING:
            return QCoreApplication.translate("ImportProblem", "the NIK is empty")
        case ProblemCode.NIK_SCIENTIFIC_NOTATION:
            return QCoreApplication.translate(
                "ImportProblem",
                "Excel turned the NIK into a number like 5.31101E+15 and lost its last digits:"
                " format the NIK column as Text and type the NIK again",
            )
        case ProblemCode.NIK_EXCEL_NUMBER:
            return QCoreApplication.translate(
                "ImportProblem",
                "the NIK is stored as a number, and Excel keeps only 15 of its 16 digits:"
                " format the NIK column as Text and type the NIK again",
            )
        case ProblemCode.NIK_NOT_DIGITS:
            return QCoreApplication.translate("ImportProblem", "the NIK must have digits only")
        case ProblemCode.NIK_TOO_SHORT:
            return QCoreApplication.translate(
                "ImportProblem", "the NIK has only {digits} digits instead of 16"
            )
        case ProblemCode.NIK_TOO_LONG:
            return QCoreApplication.translate(
                "ImportProblem", "the NIK has {digits} digits instead of 16"
            )
        case ProblemCode.NIK_BAD_REGION:
            return QCoreApplication.translate(
                "ImportProblem", "the NIK does not start with a region code"
            )
        case ProblemCode.NIK_IMPOSSIBLE_DATE:
            return QCoreApplication.translate(
                "ImportProblem", "digits 7 to 12 of the NIK are not a date of birth"
            )
        case ProblemCode.NIK_ZERO_SERIAL:
            return QCoreApplication.translate(
                "ImportProblem", "the NIK ends in 0000, which no NIK does"
            )
        case ProblemCode.NIK_DUPLICATE_IN_FILE:
            return QCoreApplication.translate(
                "ImportProblem", "the same NIK is already on line {first_line}"
            )
        case ProblemCode.NAME_MISSING:
            return QCoreApplication.translate("ImportProblem", "the name is empty")
        case ProblemCode.VALUE_TOO_LONG:
            return QCoreApplication.translate(
                "ImportProblem", "longer than {max_length} characters"
            )
        case ProblemCode.BIRTH_DATE_MISSING:
            return QCoreApplication.translate("ImportProblem", "the date of birth is empty")
        case ProblemCode.BIRTH_DATE_UNREADABLE:
            return QCoreApplication.translate(
                "ImportProblem", "the date of birth is not a date (write dd/mm/yyyy)"
            )
        case ProblemCode.BIRTH_DATE_IMPOSSIBLE:
            return QCoreApplication.translate("ImportProblem", "the date of birth does not exist")
        case ProblemCode.BIRTH_DATE_IN_FUTURE:
            return QCoreApplication.translate("ImportProblem", "the date of birth is in the future")
        case ProblemCode.SEX_UNREADABLE:
            return QCoreApplication.translate(
                "ImportProblem", "the sex must be L or P (Laki-laki or Perempuan)"
            )
        case ProblemCode.KPJ_MISSING:
            return QCoreApplication.translate("ImportProblem", "the KPJ number is empty")
        case ProblemCode.KPJ_INVALID:
            return QCoreApplication.translate(
                "ImportProblem", "the KPJ number must have 11 digits, not {digits}"
            )
        case ProblemCode.KPJ_DUPLICATE_IN_FILE:
            return QCoreApplication.translate(
                "ImportProblem", "the same KPJ number is already on line {first_line}"
            )
        case ProblemCode.KPJ_HELD_BY_OTHER:
            return QCoreApplication.translate(
                "ImportProblem", "the KPJ number belongs to another worker (NIK {owner})"
            )
        case ProblemCode.PHONE_INVALID:
            return QCoreApplication.translate(
                "ImportProblem", "not a mobile phone number (08…, 62… or +62…)"
            )
        case ProblemCode.DESA_CODE_UNKNOWN:
            return QCoreApplication.translate(
                "ImportProblem", "no desa/kelurahan in NTT has this code"
            )
        case ProblemCode.KECAMATAN_UNKNOWN:
            return QCoreApplication.translate(
                "ImportProblem", "no kecamatan in NTT has this name or code"
            )
        case ProblemCode.DESA_UNKNOWN:
            return QCoreApplication.translate(
                "ImportProblem", "no desa/kelurahan in NTT has this name"
            )
        case ProblemCode.DESA_NOT_IN_KECAMATAN:
            return QCoreApplication.translate(
                "ImportProblem", "no desa/kelurahan of this name in kecamatan {kecamatan}"
            )
        case ProblemCode.DESA_AMBIGUOUS:
            return QCoreApplication.translate(
                "ImportProblem",
                "several desa/kelurahan have this name ({candidates}):"
                " add the kecamatan or the desa code",
            )
        case ProblemCode.NIK_UNKNOWN_REGION:
            return QCoreApplication.translate(
                "ImportProblem", "the NIK's region {district} is not a kecamatan of NTT"
            )
        case ProblemCode.NIK_SEX_MISMATCH:
            return QCoreApplication.translate("ImportProblem", "the sex does not match the NIK")
        case ProblemCode.NIK_BIRTH_DATE_MISMATCH:
            return QCoreApplication.translate(
                "ImportProblem", "the date of birth does not match the NIK ({nik_date})"
            )
        case ProblemCode.DESA_MISSING:
            return QCoreApplication.translate("ImportProblem", "the desa/kelurahan is empty")
        case ProblemCode.KABUPATEN_UNKNOWN:
            return QCoreApplication.translate(
                "ImportProblem", "no kabupaten/kota in NTT has this name or code"
            )
        case ProblemCode.CORRECTION_KEPT:
            return QCoreApplication.translate(
                "ImportProblem",
                "the list has {listed}, but a correction made at the desk says {corrected}:"
                " the correction is kept until a supervisor decides",
            )


def field_label(field: Field) -> str:
    """A column of the registration list as staff call it."""
    match field:
        case Field.NIK:
            return QCoreApplication.translate("ImportField", "NIK")
        case Field.NAME:
            return QCoreApplication.translate("ImportField", "Name")
        case Field.BIRTH_PLACE:
            return QCoreApplication.translate("ImportField", "Place of birth")
        case Field.BIRTH_DATE:
            return QCoreApplication.translate("ImportField", "Date of birth")
        case Field.BIRTH_PLACE_DATE:
            return QCoreApplication.translate("ImportField", "Place and date of birth")
        case Field.SEX:
            return QCoreApplication.translate("ImportField", "Sex")
        case Field.DESA:
            return QCoreApplication.translate("ImportField", "Village")
        case Field.DESA_CODE:
            return QCoreApplication.translate("ImportField", "Village code")
        case Field.KECAMATAN:
            return QCoreApplication.translate("ImportField", "District")
        case Field.KABUPATEN:
            return QCoreApplication.translate("ImportField", "Regency")
        case Field.KPJ:
            return QCoreApplication.translate("ImportField", "KPJ number")
        case Field.PHONE:
            return QCoreApplication.translate("ImportField", "Phone")
        case Field.OCCUPATION:
            return QCoreApplication.translate("ImportField", "Occupation")
        case Field.ADDRESS:
            return QCoreApplication.translate("ImportField", "Address")
        case Field.MOTHER_MAIDEN_NAME:
            return QCoreApplication.translate("ImportField", "Mother's maiden name")


def describe_file_error(error: ImportFileError) -> str:
    """Why a whole file could not be imported; nothing was written."""
    name = error.path.name
    match error.reason:
        case FileProblem.NOT_FOUND:
            text = QCoreApplication.translate(
                "ImportFile", "The file {name} is not there any more."
            )
        case FileProblem.UNSUPPORTED_FORMAT:
            text = QCoreApplication.translate(
                "ImportFile",
                "{name} is not a registration list: choose a CSV or an Excel (.xlsx) file.",
            )
        case FileProblem.UNREADABLE:
            text = QCoreApplication.translate(
                "ImportFile", "{name} cannot be read. Is it open in another program?"
            )
        case FileProblem.DAMAGED:
            text = QCoreApplication.translate(
                "ImportFile",
                "{name} is damaged, or is not a real Excel workbook (.xlsx). Open it in Excel"
                " or LibreOffice and save it again as .xlsx, or save it as CSV.",
            )
        case FileProblem.EMPTY:
            text = QCoreApplication.translate("ImportFile", "{name} has no workers in it.")
        case FileProblem.LINKED_SITE:
            text = QCoreApplication.translate(
                "ImportFile",
                "{name} was not imported: this site is linked to the province's centre, which"
                " sends it its kabupaten's workers. Registration lists are imported at the"
                " centre.",
            )
        case FileProblem.MISSING_COLUMNS:
            text = QCoreApplication.translate(
                "ImportFile", "{name} lacks columns the registry needs: {columns}."
            )
        case FileProblem.REJECTS_NOT_WRITABLE:
            text = QCoreApplication.translate(
                "ImportFile",
                "The rejected rows cannot be saved next to {name}. Copy the file to a folder"
                " you can write to, and import it from there.",
            )
    columns = ", ".join(field_label(f) for f in error.missing)
    return text.format(name=name, columns=columns)


def rejects_labels() -> RejectsLabels:
    """Headings of the rejects file's own columns, in the current language."""
    return RejectsLabels(
        line=QCoreApplication.translate("ImportRejects", "line"),
        column=QCoreApplication.translate("ImportRejects", "column"),
        value=QCoreApplication.translate("ImportRejects", "value"),
        reason=QCoreApplication.translate("ImportRejects", "reason"),
    )
