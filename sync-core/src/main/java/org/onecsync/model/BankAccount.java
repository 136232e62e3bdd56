package org.onecsync.model;

/**
 * A bank account of a counterparty ({@code РасчетныйСчет}).
 *
 * @param number the account number
 * @param bankName the bank's name, or {@code null}
 * @param bic the bank's BIC ({@code БИК}), or {@code null}
 * @param correspondentAccount the bank's correspondent account, or {@code null}
 * @param bankAddress the bank's address as one line, or {@code null}
 */
public record BankAccount(String number, String bankName, String bic, String correspondentAccount,
                          String bankAddress) {
}
